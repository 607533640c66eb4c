using System.Globalization;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;

namespace SynthAudit.Metrics.Privacy.Identifiers;

/// <summary>One column's non-missing values as text, counted per distinct value, so that patterns are tested once per
/// distinct value.</summary>
internal sealed class ColumnValues
{
    private ColumnValues(string name, Dictionary<string, int> counts, int nonMissing, bool numeric, bool declaredDatetime)
    {
        Name = name;
        Counts = counts;
        NonMissing = nonMissing;
        IsNumeric = numeric;
        IsDeclaredDatetime = declaredDatetime;
        Tokens = NameTokens.Of(name);
        Compact = NameTokens.Compact(name);
    }

    public string Name { get; }

    /// <summary>Lower-case words of the name (split at separators and camel case).</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The name in lower case with only letters and digits.</summary>
    public string Compact { get; }

    public Dictionary<string, int> Counts { get; }

    public int NonMissing { get; }

    public int Distinct => Counts.Count;

    /// <summary>Whether every non-missing value is a number.</summary>
    public bool IsNumeric { get; }

    /// <summary>Whether a typed source declared the column a date-time.</summary>
    public bool IsDeclaredDatetime { get; }

    /// <summary>Distinct values over non-missing values.</summary>
    public double Uniqueness => NonMissing == 0 ? 0 : (double)Distinct / NonMissing;

    /// <summary>The share of non-missing values for which <paramref name="test"/> holds.</summary>
    public double Share(Func<string, bool> test)
    {
        if (NonMissing == 0)
        {
            return 0;
        }

        var hits = 0;
        foreach (var (value, count) in Counts)
        {
            if (test(value))
            {
                hits += count;
            }
        }

        return (double)hits / NonMissing;
    }

    public static ColumnValues From(CsvColumnData column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var nonMissing = 0;
        if (column.Codes is { } codes && !column.Levels.IsDefaultOrEmpty)
        {
            var perCode = new int[column.Levels.Length];
            foreach (var code in codes)
            {
                if (code >= 0)
                {
                    perCode[code]++;
                }
            }

            for (var i = 0; i < perCode.Length; i++)
            {
                if (perCode[i] > 0)
                {
                    var text = column.Levels[i].Trim();
                    counts[text] = counts.GetValueOrDefault(text) + perCode[i];
                    nonMissing += perCode[i];
                }
            }
        }
        else if (column.Numbers is { } numbers)
        {
            foreach (var v in numbers)
            {
                if (!double.IsNaN(v))
                {
                    var text = v.ToString("R", CultureInfo.InvariantCulture);
                    counts[text] = counts.GetValueOrDefault(text) + 1;
                    nonMissing++;
                }
            }
        }

        return new ColumnValues(column.Name, counts, nonMissing, column.IsNumeric, column.DeclaredKind == ColumnKind.Datetime);
    }
}
