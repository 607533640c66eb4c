using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SynthAudit.Reports.Pdf;

/// <summary>A cache of the XFont instances one PDF uses (Unicode encoding, so ≥, ε, ρ and dashes render).</summary>
internal sealed class PdfFonts
{
    private readonly Dictionary<(double Size, bool Bold, bool Mono), XFont> _fonts = [];
    private readonly Dictionary<(double Size, bool Bold), XFont> _fallbacks = [];
    private readonly XPdfFontOptions _options = new(PdfFontEncoding.Unicode);

    /// <summary>The font of the given size and style.</summary>
    public XFont Get(double size, bool bold = false, bool mono = false)
    {
        if (!_fonts.TryGetValue((size, bold, mono), out var font))
        {
            font = new XFont(mono ? EmbeddedFontResolver.MonoFamily : EmbeddedFontResolver.SansFamily, size,
                bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, _options);
            _fonts[(size, bold, mono)] = font;
        }

        return font;
    }

    /// <summary>The CJK fallback font matching <paramref name="font"/>'s size and weight.</summary>
    public XFont Fallback(XFont font)
    {
        ArgumentNullException.ThrowIfNull(font);
        var key = (font.Size, font.Bold);
        if (!_fallbacks.TryGetValue(key, out var fallback))
        {
            fallback = new XFont(EmbeddedFontResolver.CjkFamily, font.Size, font.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, _options);
            _fallbacks[key] = fallback;
        }

        return fallback;
    }
}
