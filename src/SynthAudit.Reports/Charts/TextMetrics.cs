namespace SynthAudit.Reports.Charts;

/// <summary>Estimates text widths in DejaVu Sans, so chart layout does not depend on a backend's font engine.</summary>
/// <remarks>Advance widths are grouped into a few classes taken from DejaVu Sans (units of the em): narrow glyphs 0.28-0.35,
/// digits 0.636, lower case about 0.6, upper case about 0.7, wide glyphs (m, w, M, W) about 0.9. The estimate errs on the
/// wide side by a few per cent so labels never collide.</remarks>
public static class TextMetrics
{
    /// <summary>Estimated width of <paramref name="text"/> at <paramref name="size"/> points.</summary>
    public static double Width(string text, double size, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        double em = 0;
        foreach (var c in text)
        {
            em += c switch
            {
                ' ' => 0.318,
                'i' or 'l' or 'j' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' => 0.30,
                'f' or 't' or 'r' or '(' or ')' or '[' or ']' or 'I' or '-' => 0.40,
                'm' or 'w' or 'M' or 'W' or '%' => 0.92,
                >= '0' and <= '9' => 0.636,
                >= 'A' and <= 'Z' => 0.72,
                >= 'a' and <= 'z' => 0.61,
                _ => 0.70,
            };
        }

        return em * size * (bold ? 1.1 : 1.0) * 1.02;
    }

    /// <summary>Shortens <paramref name="text"/> with an ellipsis so it fits in <paramref name="maxWidth"/>.</summary>
    public static string Fit(string text, double size, double maxWidth, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Width(text, size, bold) <= maxWidth)
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && Width(string.Concat(text.AsSpan(0, length), "…"), size, bold) > maxWidth)
        {
            length--;
        }

        return string.Concat(text.AsSpan(0, length), "…");
    }
}
