using SynthAudit.Core.Errors;
using SynthAudit.Core.Results.Attack;
using SynthAudit.Reports;
using SynthAudit.Reports.Attack;
using SynthAudit.Reports.Pdf;

namespace SynthAudit.Auditing.Attacking;

/// <summary>The attack renderers <c>attack</c> offers (pdf, html, json, md), written as one set of attack.&lt;ext&gt; files.</summary>
internal static class AttackFormats
{
    public static IReadOnlyList<IDocumentRenderer<AttackResult>> Renderers { get; } =
        [new PdfAttackRenderer(), new AttackHtmlRenderer(), new AttackJsonRenderer(), new AttackMarkdownRenderer()];

    public static IReadOnlyList<string> Default => [.. Renderers.Select(r => r.Format)];

    public static ReportWriter<AttackResult> CreateWriter() => new(Renderers);

    /// <summary>The renderers of <paramref name="formats"/>; fails at once on an unknown format.</summary>
    /// <exception cref="ConfigException">A requested format is unknown.</exception>
    public static IReadOnlyList<IDocumentRenderer<AttackResult>> Check(IReadOnlyList<string> formats) => CreateWriter().CheckFormats(formats);

    /// <summary>Renders every chosen format to memory, then writes them as one set (none when a renderer fails).</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(AttackResult result, string outDir, IReadOnlyList<IDocumentRenderer<AttackResult>> renderers, CancellationToken ct)
    {
        var files = await CreateWriter().WriteAsync(result, outDir, [.. renderers.Select(r => r.Format)], "attack", ct).ConfigureAwait(false);
        return [.. files.Select(f => f.Path)];
    }
}
