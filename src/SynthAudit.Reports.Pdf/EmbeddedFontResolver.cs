using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace SynthAudit.Reports.Pdf;

/// <summary>Serves the DejaVu fonts embedded in this assembly to PDFsharp, so no system font is ever needed or used.</summary>
/// <remarks>Any family resolves to DejaVu Sans (regular or bold) except <see cref="MonoFamily"/>, which resolves to DejaVu
/// Sans Mono. Italic requests get the upright face. The fonts are under the Bitstream Vera / DejaVu licence
/// (Fonts/LICENSE-DejaVu.txt, embedded as a resource next to them).</remarks>
public sealed class EmbeddedFontResolver : IFontResolver
{
    /// <summary>The sans-serif family name used by the reports.</summary>
    public const string SansFamily = "DejaVu Sans";

    /// <summary>The monospace family name used by the reports.</summary>
    public const string MonoFamily = "DejaVu Sans Mono";

    private const string ResourcePrefix = "SynthAudit.Reports.Pdf.Fonts.";
    private static readonly ConcurrentDictionary<string, byte[]> s_cache = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
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
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(ResourcePrefix + faceName + ".ttf")
            ?? throw new InvalidOperationException("Font resource '" + faceName + "' is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
