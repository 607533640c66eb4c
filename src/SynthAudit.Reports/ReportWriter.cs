using SynthAudit.Core.Errors;

namespace SynthAudit.Reports;

/// <summary>Renders one document in the requested formats as <c>&lt;name&gt;.&lt;ext&gt;</c> files, written as one
/// <see cref="ReportSet"/>: all of them or none, and no stale file of the same name in another format left beside them.</summary>
/// <typeparam name="TDocument">The document type (audit, comparison or attack).</typeparam>
/// <remarks>Every format is rendered to memory first; a failing renderer fails the run and leaves no partial report behind.</remarks>
public sealed class ReportWriter<TDocument>
{
    private readonly IReadOnlyList<IDocumentRenderer<TDocument>> _renderers;

    /// <summary>Creates a writer over the available renderers.</summary>
    public ReportWriter(IEnumerable<IDocumentRenderer<TDocument>> renderers)
    {
        ArgumentNullException.ThrowIfNull(renderers);
        _renderers = [.. renderers];
    }

    /// <summary>The formats this writer knows, in order.</summary>
    public IReadOnlyList<string> Formats => [.. _renderers.Select(r => r.Format)];

    /// <summary>The renderers of <paramref name="formats"/> (trimmed, lower-cased, first occurrence kept); call it before
    /// long work so a typo fails at once.</summary>
    /// <exception cref="ConfigException">A requested format is unknown.</exception>
    public IReadOnlyList<IDocumentRenderer<TDocument>> CheckFormats(IReadOnlyList<string> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        var chosen = new List<IDocumentRenderer<TDocument>>();
        foreach (var format in formats.Select(f => f.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal))
        {
            var renderer = _renderers.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.Ordinal))
                ?? throw new ConfigException(null, "--format", "unknown format '" + format + "' (known: " + string.Join(", ", Formats) + ")");
            chosen.Add(renderer);
        }

        return chosen;
    }

    /// <summary>Renders <paramref name="document"/> in <paramref name="formats"/> into <paramref name="set"/> as
    /// <c><paramref name="baseName"/>.&lt;ext&gt;</c>, and retires the same name in every other known format.</summary>
    /// <param name="set">The report set the files join; nothing is on disk until it is written.</param>
    /// <param name="document">The document.</param>
    /// <param name="formats">The formats, in the order the files are listed.</param>
    /// <param name="baseName">The file name without extension, optionally under a sub-folder (<c>gen-a/audit</c>).</param>
    /// <param name="ct">Cancels rendering.</param>
    /// <exception cref="ConfigException">A requested format is unknown.</exception>
    public async Task AddToAsync(ReportSet set, TDocument document, IReadOnlyList<string> formats, string baseName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(baseName);
        var chosen = CheckFormats(formats);
        foreach (var renderer in chosen)
        {
            using var buffer = new MemoryStream();
            await renderer.RenderAsync(document, buffer, ct).ConfigureAwait(false);
            set.Add(renderer.Format, baseName + renderer.FileExtension, buffer.ToArray());
        }

        foreach (var extension in _renderers.Except(chosen).Select(r => r.FileExtension).Distinct(StringComparer.Ordinal))
        {
            set.Retire(baseName + extension);
        }
    }

    /// <summary>Renders <paramref name="document"/> in <paramref name="formats"/> and writes the files into
    /// <paramref name="outDir"/> as one set (see <see cref="ReportSet.WriteTo"/>).</summary>
    /// <exception cref="ConfigException">A requested format is unknown.</exception>
    public async Task<IReadOnlyList<WrittenFile>> WriteAsync(TDocument document, string outDir, IReadOnlyList<string> formats,
        string baseName, CancellationToken ct)
    {
        var set = new ReportSet();
        await AddToAsync(set, document, formats, baseName, ct).ConfigureAwait(false);
        return set.WriteTo(outDir);
    }
}
