using System.Globalization;
using System.Text.RegularExpressions;

namespace SynthAudit.Core.Csv;

/// <summary>Reads a text column whose values are numbers written with a decimal comma (<c>1,5</c>, <c>-0,25</c>,
/// <c>1.234,5</c>), as a spreadsheet in a German or French locale saves them in a <c>;</c>-separated file.</summary>
/// <remarks>Only when every present value has that form is the column read as numbers; a mixed column stays text.</remarks>
public static partial class DecimalCommaNumbers
{
    /// <summary>The column's values as numbers (missing as NaN), or null when it is not text of that form.</summary>
    public static double[]? TryParse(CsvColumnData column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (column.Codes is null || column.Levels.IsDefaultOrEmpty)
        {
            return null;
        }

        var values = new double[column.Levels.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (!TryParse(column.Levels[i], out values[i]))
            {
                return null;
            }
        }

        // At least one value must have a comma: plain integers were numbers already.
        if (!column.Levels.Any(l => l.Contains(',', StringComparison.Ordinal)))
        {
            return null;
        }

        var result = new double[column.Codes.Length];
        for (var r = 0; r < result.Length; r++)
        {
            var code = column.Codes[r];
            result[r] = code < 0 ? double.NaN : values[code];
        }

        return result;
    }

    /// <summary>Whether <paramref name="text"/> is a number with a decimal comma (or a plain integer), and its value.</summary>
    public static bool TryParse(string text, out double value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (!NumberRegex().IsMatch(trimmed))
        {
            value = double.NaN;
            return false;
        }

        return double.TryParse(trimmed.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'), NumberStyles.Float,
            CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^[+-]?([0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();
}
