using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SynthAudit.Reports.Pdf;

/// <summary>A cache of the XFont instances one PDF uses (Unicode encoding, so ≥, ε, ρ and dashes render).</summary>
internal sealed class PdfFonts
{
    private readonly Dictionary<(double Size, bool Bold, bool Mono), XFont> _fonts = [];
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
}
