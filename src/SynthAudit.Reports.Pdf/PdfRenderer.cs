using SynthAudit.Core.Results;
using SynthAudit.Reports.Building;

namespace SynthAudit.Reports.Pdf;

/// <summary>Renders audit.pdf: the reviewer's report on A4 with embedded DejaVu fonts, running headers, page numbers,
/// an outline and vector charts.</summary>
public sealed class PdfRenderer : IDocumentRenderer<AuditResult>
{
    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public string FileExtension => ".pdf";

    /// <inheritdoc />
    public Task RenderAsync(AuditResult result, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        ct.ThrowIfCancellationRequested();
        PdfDocumentWriter.Write(AuditReportBuilder.Build(result), output, result.CreatedUtc);
        return Task.CompletedTask;
    }
}
