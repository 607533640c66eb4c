using SynthAudit.Reports;
using SynthAudit.Reports.Json;

namespace SynthAudit.Cli.Infrastructure;

/// <summary>The report renderers the CLI offers, in the contract's default order (pdf, html, json, md).</summary>
internal static class ReportFormats
{
    public static IReadOnlyList<IReportRenderer> Renderers { get; } = [new JsonRenderer()];

    public static IReadOnlyList<string> Default => [.. Renderers.Select(r => r.Format)];

    public static ReportWriter CreateWriter() => new(Renderers);
}
