using SynthAudit.Core.Errors;
using SynthAudit.Core.IO;
using SynthAudit.Core.Results.Attack;
using SynthAudit.Reports.Attack;
using SynthAudit.Reports.Pdf;

namespace SynthAudit.Auditing.Attacking;

/// <summary>The attack renderers <c>attack</c> offers (pdf, html, json, md) and their atomic writing as attack.&lt;ext&gt;.</summary>
internal static class AttackFormats
{
    public static IReadOnlyList<IAttackRenderer> Renderers { get; } =
        [new PdfAttackRenderer(), new AttackHtmlRenderer(), new AttackJsonRenderer(), new AttackMarkdownRenderer()];

    public static IReadOnlyList<string> Default => [.. Renderers.Select(r => r.Format)];

    /// <summary>The renderers of <paramref name="formats"/>; fails at once on an unknown format.</summary>
    public static IReadOnlyList<IAttackRenderer> Check(IReadOnlyList<string> formats)
    {
        var chosen = new List<IAttackRenderer>();
        foreach (var format in formats.Select(f => f.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal))
        {
            chosen.Add(Renderers.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.Ordinal))
                ?? throw new ConfigException(null, "--format", "unknown format '" + format + "' (known: " + string.Join(", ", Default) + ")"));
        }

        return chosen;
    }

    /// <summary>Renders every format to memory, then writes the files (none when a renderer fails).</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(AttackResult result, string outDir, IReadOnlyList<IAttackRenderer> renderers, CancellationToken ct)
    {
        var rendered = new List<(IAttackRenderer Renderer, byte[] Bytes)>();
        foreach (var renderer in renderers)
        {
            using var buffer = new MemoryStream();
            await renderer.RenderAsync(result, buffer, ct).ConfigureAwait(false);
            rendered.Add((renderer, buffer.ToArray()));
        }

        var written = new List<string>();
        foreach (var (renderer, bytes) in rendered)
        {
            var path = Path.GetFullPath(Path.Combine(outDir, "attack" + renderer.FileExtension));
            AtomicFile.Write(path, s => s.Write(bytes));
            written.Add(path);
        }

        return written;
    }
}
