using SynthAudit.Core.Results;

namespace SynthAudit.Reports;

/// <summary>Renders an audit result in one format to a stream; <see cref="ReportWriter"/> owns file names and atomic writes.</summary>
public interface IReportRenderer
{
    /// <summary>The format name used by <c>--format</c>: json, html, md or pdf.</summary>
    string Format { get; }

    /// <summary>The file extension including the dot, e.g. <c>.json</c>.</summary>
    string FileExtension { get; }

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/> (left open).</summary>
    Task RenderAsync(AuditResult result, Stream output, CancellationToken ct);
}
