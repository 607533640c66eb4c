using System.Globalization;
using System.Text;
using PdfSharp.Drawing;

namespace SynthAudit.Reports.Pdf;

/// <summary>Draws and measures text with a CJK fallback: runs of Chinese, Japanese or Korean characters (a path such as
/// <c>データ/train.csv</c>) are set in the embedded Droid Sans Fallback subset, everything else in DejaVu.</summary>
/// <remarks>Characters neither font has (CJK extension blocks, compatibility ideographs, characters outside the Basic
/// Multilingual Plane) are written visibly as <c>[U+XXXX]</c> instead of as empty boxes.</remarks>
internal static class PdfText
{
    /// <summary>Whether <paramref name="c"/> is set in the CJK fallback font (the blocks the embedded subset covers).</summary>
    public static bool NeedsFallback(char c) =>
        c is (>= '\u3000' and <= '\u30FF') or (>= '\u3130' and <= '\u318F') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uAC00' and <= '\uD7A3') or (>= '\uFF00' and <= '\uFFEF');

    /// <summary><paramref name="text"/> with every character neither font can draw written as <c>[U+XXXX]</c>.</summary>
    public static string Visible(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(c => char.IsSurrogate(c) || IsUncovered(c)))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append("[U+").Append(char.ConvertToUtf32(text[i], text[i + 1]).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
                i++;
            }
            else if (char.IsSurrogate(text[i]) || IsUncovered(text[i]))
            {
                sb.Append("[U+").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>The width of <paramref name="text"/> as drawn by <see cref="Draw"/>.</summary>
    public static double Measure(XGraphics gfx, PdfFonts fonts, string text, XFont font)
    {
        var runs = Runs(text);
        return runs.Sum(r => r.Text.Length == 0 ? 0 : gfx.MeasureString(r.Text, r.Cjk ? fonts.Fallback(font) : font).Width);
    }

    /// <summary>Draws <paramref name="text"/> at a baseline point, aligned as <paramref name="format"/> says.</summary>
    public static void Draw(XGraphics gfx, PdfFonts fonts, string text, XFont font, XBrush brush, double x, double y, XStringFormat format)
    {
        var runs = Runs(text);
        if (runs.Count == 1 && !runs[0].Cjk)
        {
            gfx.DrawString(runs[0].Text, font, brush, x, y, format);
            return;
        }

        var total = Measure(gfx, fonts, text, font);
        var left = format.Alignment switch
        {
            XStringAlignment.Far => x - total,
            XStringAlignment.Center => x - total / 2,
            _ => x,
        };
        foreach (var (run, cjk) in runs)
        {
            var runFont = cjk ? fonts.Fallback(font) : font;
            gfx.DrawString(run, runFont, brush, left, y, XStringFormats.BaseLineLeft);
            left += gfx.MeasureString(run, runFont).Width;
        }
    }

    private static bool IsUncovered(char c) =>
        c is (>= '\u1100' and <= '\u11FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uA960' and <= '\uA97F')
            or (>= '\uD7B0' and <= '\uD7FF');

    private static List<(string Text, bool Cjk)> Runs(string text)
    {
        var visible = Visible(text);
        var runs = new List<(string Text, bool Cjk)>();
        var start = 0;
        for (var i = 1; i <= visible.Length; i++)
        {
            if (i == visible.Length || NeedsFallback(visible[i]) != NeedsFallback(visible[start]))
            {
                runs.Add((visible[start..i], visible.Length > 0 && NeedsFallback(visible[start])));
                start = i;
            }
        }

        if (runs.Count == 0)
        {
            runs.Add((string.Empty, false));
        }

        return runs;
    }
}
