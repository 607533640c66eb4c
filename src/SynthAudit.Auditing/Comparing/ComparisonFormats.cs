using SynthAudit.Core.Results;
using SynthAudit.Reports;
using SynthAudit.Reports.Html;
using SynthAudit.Reports.Json;
using SynthAudit.Reports.Markdown;
using SynthAudit.Reports.Pdf;

namespace SynthAudit.Auditing.Comparing;

/// <summary>The comparison renderers <c>compare</c> offers, in the contract's default order (pdf, html, json, md).</summary>
internal static class ComparisonFormats
{
    public static IReadOnlyList<IDocumentRenderer<ComparisonResult>> Renderers { get; } =
        [new PdfComparisonRenderer(), new HtmlComparisonRenderer(), new ComparisonJsonRenderer(), new MarkdownComparisonRenderer()];

    public static IReadOnlyList<string> Default => [.. Renderers.Select(r => r.Format)];

    public static ReportWriter<ComparisonResult> CreateWriter() => new(Renderers);
}
