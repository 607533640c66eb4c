using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace SynthAudit.Reports.Pdf;

/// <summary>Serves the DejaVu fonts embedded in this assembly to PDFsharp, so no system font is ever needed or used.</summary>
/// <remarks>Any family resolves to DejaVu Sans (regular or bold) except <see cref="MonoFamily"/>, which resolves to DejaVu
/// Sans Mono, and <see cref="CjkFamily"/>, which resolves to a subset of Droid Sans Fallback (CJK symbols, kana, Hangul
/// syllables, CJK unified ideographs and full-width forms; bold is simulated). Italic requests get the upright face. The
/// DejaVu fonts are under the Bitstream Vera / DejaVu licence (Fonts/LICENSE-DejaVu.txt), Droid Sans Fallback under the
/// Apache License 2.0 (Fonts/LICENSE-DroidSansFallback.txt); both are embedded as resources next to the fonts.</remarks>
public sealed class EmbeddedFontResolver : IFontResolver
{
    /// <summary>The sans-serif family name used by the reports.</summary>
    public const string SansFamily = "DejaVu Sans";

    /// <summary>The monospace family name used by the reports.</summary>
    public const string MonoFamily = "DejaVu Sans Mono";

    /// <summary>The CJK fallback family (used by the PDF writer for runs of CJK characters only).</summary>
    public const string CjkFamily = "Droid Sans Fallback CJK";

    private const string CjkFace = "DroidSansFallback-Cjk";
    private const string ResourcePrefix = "SynthAudit.Reports.Pdf.Fonts.";
    private static readonly ConcurrentDictionary<string, byte[]> s_cache = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (string.Equals(familyName, CjkFamily, StringComparison.OrdinalIgnoreCase))
        {
            return new FontResolverInfo(CjkFace, bold, false);
        }

        if (string.Equals(familyName, MonoFamily, StringComparison.OrdinalIgnoreCase))
        {
            return new FontResolverInfo("DejaVuSansMono", bold, false);
        }

        return new FontResolverInfo(bold ? "DejaVuSans-Bold" : "DejaVuSans");
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => s_cache.GetOrAdd(faceName, Load);

    /// <summary>The DejaVu licence text shipped with the fonts.</summary>
    public static string LicenseText()
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(ResourcePrefix + "LICENSE-DejaVu.txt")
            ?? throw new InvalidOperationException("The DejaVu licence resource is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static byte[] Load(string faceName)
    {
        if (string.Equals(faceName, CjkFace, StringComparison.Ordinal))
        {
            // The subset is stored gzipped (1.5 MB instead of 2.8 MB); PDFsharp embeds only the glyphs a report uses.
            using var packed = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(ResourcePrefix + CjkFace + ".ttf.gz")
                ?? throw new InvalidOperationException("Font resource '" + faceName + "' is missing from the assembly.");
            using var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionMode.Decompress);
            using var unpacked = new MemoryStream();
            gzip.CopyTo(unpacked);
            return unpacked.ToArray();
        }

        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(ResourcePrefix + faceName + ".ttf")
            ?? throw new InvalidOperationException("Font resource '" + faceName + "' is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
