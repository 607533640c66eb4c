using SynthAudit.Core.Results;

namespace SynthAudit.Reports;

/// <summary>Renders a comparison of several synthetic sets in one format to a stream (compare.json, .html, .md, .pdf).</summary>
public interface IComparisonRenderer
{
    /// <summary>The format name used by <c>--format</c>: json, html, md or pdf.</summary>
    string Format { get; }

    /// <summary>The file extension including the dot, e.g. <c>.json</c>.</summary>
    string FileExtension { get; }

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/> (left open).</summary>
    Task RenderAsync(ComparisonResult result, Stream output, CancellationToken ct);
}
