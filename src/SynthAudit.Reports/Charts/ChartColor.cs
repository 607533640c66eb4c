using System.Globalization;

namespace SynthAudit.Reports.Charts;

/// <summary>An sRGB colour with an opacity, shared by the SVG and PDF backends.</summary>
/// <param name="R">Red, 0-255.</param>
/// <param name="G">Green, 0-255.</param>
/// <param name="B">Blue, 0-255.</param>
/// <param name="Opacity">Opacity in [0, 1].</param>
public readonly record struct ChartColor(byte R, byte G, byte B, double Opacity = 1.0)
{
    /// <summary>The colour as <c>#rrggbb</c>.</summary>
    public string Hex => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>The same colour with another opacity.</summary>
    public ChartColor WithOpacity(double opacity) => this with { Opacity = opacity };

    /// <summary>Parses <c>#rrggbb</c>.</summary>
    public static ChartColor FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var v = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new ChartColor((byte)(v >> 16), (byte)((v >> 8) & 0xFF), (byte)(v & 0xFF));
    }

    /// <summary>Linear interpolation between two colours (t in [0, 1]).</summary>
    public static ChartColor Lerp(ChartColor a, ChartColor b, double t)
    {
        t = Math.Clamp(t, 0, 1);
        return new ChartColor((byte)Math.Round(a.R + (b.R - a.R) * t), (byte)Math.Round(a.G + (b.G - a.G) * t),
            (byte)Math.Round(a.B + (b.B - a.B) * t));
    }
}
