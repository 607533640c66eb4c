using System.Security.Cryptography;
using SynthAudit.Core.Errors;
using SynthAudit.Core.IO;
using SynthAudit.Core.Results;

namespace SynthAudit.Reports;

/// <summary>Renders an audit in the requested formats and writes <c>&lt;name&gt;.&lt;ext&gt;</c> files atomically.</summary>
/// <remarks>Every format is rendered to memory first; files are written only when all renderers succeeded, so a failing
/// renderer fails the run and leaves no partial report behind.</remarks>
public sealed class ReportWriter
{
    private readonly IReadOnlyList<IReportRenderer> _renderers;

    /// <summary>Creates a writer over the available renderers.</summary>
    public ReportWriter(IEnumerable<IReportRenderer> renderers)
    {
        ArgumentNullException.ThrowIfNull(renderers);
        _renderers = [.. renderers];
    }

    /// <summary>The formats this writer knows, in order.</summary>
    public IReadOnlyList<string> Formats => [.. _renderers.Select(r => r.Format)];

    /// <summary>The renderers of <paramref name="formats"/>; call it before long work so a typo fails at once.</summary>
    /// <exception cref="ConfigException">A requested format is unknown.</exception>
    public IReadOnlyList<IReportRenderer> CheckFormats(IReadOnlyList<string> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        var chosen = new List<IReportRenderer>();
        foreach (var format in formats.Select(f => f.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal))
        {
            var renderer = _renderers.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.Ordinal))
                ?? throw new ConfigException(null, "--format", "unknown format '" + format + "' (known: " + string.Join(", ", Formats) + ")");
            chosen.Add(renderer);
        }

        return chosen;
    }

    /// <summary>Renders <paramref name="result"/> in <paramref name="formats"/> and writes the files into <paramref name="outDir"/>.</summary>
    /// <exception cref="ConfigException">A requested format is unknown.</exception>
    public async Task<IReadOnlyList<WrittenFile>> WriteAsync(AuditResult result, string outDir, IReadOnlyList<string> formats,
        string baseName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        var chosen = CheckFormats(formats);
        var rendered = new List<(IReportRenderer Renderer, byte[] Bytes)>();
        foreach (var renderer in chosen)
        {
            using var buffer = new MemoryStream();
            await renderer.RenderAsync(result, buffer, ct).ConfigureAwait(false);
            rendered.Add((renderer, buffer.ToArray()));
        }

        var written = new List<WrittenFile>();
        foreach (var (renderer, bytes) in rendered)
        {
            var path = Path.GetFullPath(Path.Combine(outDir, baseName + renderer.FileExtension));
            AtomicFile.Write(path, s => s.Write(bytes));
            written.Add(new WrittenFile(renderer.Format, path, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        }

        return written;
    }
}
