namespace SynthAudit.Reports;

/// <summary>Renders one kind of document (an audit, a comparison, an attack) in one format to a stream;
/// <see cref="ReportWriter{TDocument}"/> owns file names and the atomic writing of a whole report set.</summary>
/// <typeparam name="TDocument">The document type, e.g. <c>AuditResult</c>, <c>ComparisonResult</c> or <c>AttackResult</c>.</typeparam>
public interface IDocumentRenderer<in TDocument>
{
    /// <summary>The format name used by <c>--format</c>: json, html, md or pdf.</summary>
    string Format { get; }

    /// <summary>The file extension including the dot, e.g. <c>.json</c>.</summary>
    string FileExtension { get; }

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/> (left open).</summary>
    Task RenderAsync(TDocument document, Stream output, CancellationToken ct);
}
