using System.Text;
using SynthAudit.Core.Results;
using SynthAudit.Reports.Building;

namespace SynthAudit.Reports.Html;

/// <summary>Renders audit.html: the full report as one self-contained, printable HTML file.</summary>
public sealed class HtmlRenderer : IDocumentRenderer<AuditResult>
{
    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string FileExtension => ".html";

    /// <inheritdoc />
    public Task RenderAsync(AuditResult result, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var html = HtmlDocumentWriter.Write(AuditReportBuilder.Build(result));
        return output.WriteAsync(Encoding.UTF8.GetBytes(html), ct).AsTask();
    }
}
