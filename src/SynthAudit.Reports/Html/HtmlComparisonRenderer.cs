using System.Text;
using SynthAudit.Core.Results;
using SynthAudit.Reports.Building;

namespace SynthAudit.Reports.Html;

/// <summary>Renders compare.html: leaderboard, family ranks, trade-off scatter and significance.</summary>
public sealed class HtmlComparisonRenderer : IDocumentRenderer<ComparisonResult>
{
    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string FileExtension => ".html";

    /// <inheritdoc />
    public Task RenderAsync(ComparisonResult result, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var html = HtmlDocumentWriter.Write(ComparisonReportBuilder.Build(result));
        return output.WriteAsync(Encoding.UTF8.GetBytes(html), ct).AsTask();
    }
}
