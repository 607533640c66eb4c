using SynthAudit.Core.Results.Attack;
using SynthAudit.Reports.Attack;

namespace SynthAudit.Reports.Pdf;

/// <summary>Renders attack.pdf: verdict, ε bound, log–log ROC, family and per-target tables, run log, references.</summary>
public sealed class PdfAttackRenderer : IDocumentRenderer<AttackResult>
{
    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public string FileExtension => ".pdf";

    /// <inheritdoc />
    public Task RenderAsync(AttackResult result, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        ct.ThrowIfCancellationRequested();
        PdfDocumentWriter.Write(AttackReportBuilder.Build(result), output, result.CreatedUtc);
        return Task.CompletedTask;
    }
}
