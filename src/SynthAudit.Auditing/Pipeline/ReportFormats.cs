using SynthAudit.Core.Results;
using SynthAudit.Reports;
using SynthAudit.Reports.Html;
using SynthAudit.Reports.Json;
using SynthAudit.Reports.Markdown;
using SynthAudit.Reports.Pdf;

namespace SynthAudit.Auditing.Pipeline;

/// <summary>The report renderers the CLI offers, in the contract's default order (pdf, html, json, md).</summary>
internal static class ReportFormats
{
    public static IReadOnlyList<IDocumentRenderer<AuditResult>> Renderers { get; } =
        [new PdfRenderer(), new HtmlRenderer(), new JsonRenderer(), new MarkdownRenderer()];

    public static IReadOnlyList<string> Default => [.. Renderers.Select(r => r.Format)];

    public static ReportWriter<AuditResult> CreateWriter() => new(Renderers);
}
