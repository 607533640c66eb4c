using SynthAudit.Core.Results;
using SynthAudit.Reports.Building;

namespace SynthAudit.Reports.Pdf;

/// <summary>Renders compare.pdf: ranks, leaderboard with intervals, the trade-off scatter and significant differences.</summary>
public sealed class PdfComparisonRenderer : IDocumentRenderer<ComparisonResult>
{
    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public string FileExtension => ".pdf";

    /// <inheritdoc />
    public Task RenderAsync(ComparisonResult result, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        ct.ThrowIfCancellationRequested();
        PdfDocumentWriter.Write(ComparisonReportBuilder.Build(result), output, result.CreatedUtc);
        return Task.CompletedTask;
    }
}
