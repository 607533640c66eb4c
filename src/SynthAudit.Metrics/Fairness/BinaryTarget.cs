using System.Globalization;
using SynthAudit.Core.Data;
using SynthAudit.Metrics.Utility;

namespace SynthAudit.Metrics.Fairness;

/// <summary>A binary target with its positive (favourable) class, chosen on the real data.</summary>
/// <remarks>Rule: the target must have exactly two distinct values in the real data. For a numeric 0/1 target the positive
/// class is 1; otherwise <see cref="PositiveClassRule"/> decides, the same rule the utility models use. Any other synthetic
/// value counts as negative; missing stays missing.</remarks>
internal sealed class BinaryTarget
{
    private readonly int _positiveCode;
    private readonly double _positiveValue;

    private BinaryTarget(string column, string positive, string negative, string rule, int positiveCode, double positiveValue)
    {
        Column = column;
        Positive = positive;
        Negative = negative;
        Rule = rule;
        _positiveCode = positiveCode;
        _positiveValue = positiveValue;
    }

    /// <summary>The target column.</summary>
    public string Column { get; }

    /// <summary>The positive (favourable) label.</summary>
    public string Positive { get; }

    /// <summary>The other label.</summary>
    public string Negative { get; }

    /// <summary>Which rule chose the positive class, for the report.</summary>
    public string Rule { get; }

    /// <summary>The binary target of <paramref name="column"/>, or null with the reason when it is not binary.</summary>
    public static BinaryTarget? TryCreate(Table real, string column, out string reason)
    {
        ArgumentNullException.ThrowIfNull(real);
        switch (real[column])
        {
            case CategoricalColumn c:
                {
                    var counts = new int[c.Levels.Length];
                    foreach (var code in c.Codes)
                    {
                        if (code >= 0)
                        {
                            counts[code]++;
                        }
                    }

                    var present = Enumerable.Range(0, counts.Length).Where(i => counts[i] > 0).ToArray();
                    if (present.Length != 2)
                    {
                        reason = Invariant($"target {column} is not binary ({present.Length} classes in the real data)");
                        return null;
                    }

                    var (pos, rule) = PositiveClassRule.Choose(c.Levels[present[0]], c.Levels[present[1]], counts[present[0]], counts[present[1]]);
                    var p = present[pos];
                    var n = present[1 - pos];
                    reason = string.Empty;
                    return new BinaryTarget(column, c.Levels[p], c.Levels[n], rule, p, double.NaN);
                }

            case NumericColumn num:
                {
                    var distinct = new SortedDictionary<double, int>();
                    foreach (var v in num.Values)
                    {
                        if (!double.IsNaN(v))
                        {
                            distinct[v] = distinct.TryGetValue(v, out var k) ? k + 1 : 1;
                            if (distinct.Count > 2)
                            {
                                break;
                            }
                        }
                    }

                    if (distinct.Count != 2)
                    {
                        reason = Invariant($"target {column} is not binary ({(distinct.Count > 2 ? "more than 2" : distinct.Count.ToString(CultureInfo.InvariantCulture))} distinct values in the real data)");
                        return null;
                    }

                    var values = distinct.Keys.ToArray();
                    var counts = distinct.Values.ToArray();
                    var labels = values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray();
                    var (pos, rule) = values[0] == 0 && values[1] == 1
                        ? (1, "numeric 0/1 target: 1 is positive")
                        : PositiveClassRule.Choose(labels[0], labels[1], counts[0], counts[1]);
                    reason = string.Empty;
                    return new BinaryTarget(column, labels[pos], labels[1 - pos], rule, -2, values[pos]);
                }

            default:
                reason = "target " + column + " has an unsupported kind";
                return null;
        }
    }

    /// <summary>The label of every row: 1 positive, 0 negative, -1 missing.</summary>
    public sbyte[] Encode(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var column = table[Column];
        var labels = new sbyte[column.Length];
        if (column is CategoricalColumn c)
        {
            for (var i = 0; i < labels.Length; i++)
            {
                var code = c.Codes[i];
                labels[i] = code < 0 ? (sbyte)-1 : code == _positiveCode ? (sbyte)1 : (sbyte)0;
            }
        }
        else
        {
            var values = ((NumericColumn)column).Values;
            for (var i = 0; i < labels.Length; i++)
            {
                var v = values[i];
                labels[i] = double.IsNaN(v) ? (sbyte)-1 : v == _positiveValue ? (sbyte)1 : (sbyte)0;
            }
        }

        return labels;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
