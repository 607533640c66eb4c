using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Data;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Fairness;

/// <summary>One protected attribute turned into a small set of labelled levels; a missing value is the level <c>unknown</c>.</summary>
/// <remarks>Categorical columns keep their levels. Numeric columns are binned: a column named like an age (a word
/// <c>age</c> in its name, values within 0-130) gets the bands &lt;25, 25-34, 35-44, 45-54, 55-64, 65+; any other numeric
/// column gets the quartiles of the REAL data (type 7, bins closed on the right, equal edges merged).</remarks>
internal sealed class ProtectedAttribute
{
    /// <summary>The label of a missing protected value.</summary>
    public const string Unknown = "unknown";

    private static readonly double[] s_ageEdges = [25, 35, 45, 55, 65];
    private static readonly string[] s_ageLabels = ["<25", "25-34", "35-44", "45-54", "55-64", "65+"];

    private readonly double[]? _edges;
    private readonly bool _leftClosed;

    private ProtectedAttribute(string name, ImmutableArray<string> labels, double[]? edges, bool leftClosed, string binning)
    {
        Name = name;
        Labels = labels;
        _edges = edges;
        _leftClosed = leftClosed;
        Binning = binning;
    }

    /// <summary>The column name.</summary>
    public string Name { get; }

    /// <summary>The level labels; the last one is <see cref="Unknown"/>.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>The code of <see cref="Unknown"/>.</summary>
    public int UnknownCode => Labels.Length - 1;

    /// <summary>How the column was turned into levels, for the report.</summary>
    public string Binning { get; }

    /// <summary>Builds the coding of <paramref name="name"/> from the real table.</summary>
    public static ProtectedAttribute Create(Table real, string name)
    {
        var column = real[name];
        if (column is CategoricalColumn categorical)
        {
            return new ProtectedAttribute(name, [.. categorical.Levels, Unknown], null, false, "levels as given");
        }

        var values = ((NumericColumn)column).Values;
        if (LooksLikeAge(name, values))
        {
            return new ProtectedAttribute(name, [.. s_ageLabels, Unknown], s_ageEdges, true, "age bands <25, 25-34, 35-44, 45-54, 55-64, 65+");
        }

        var sorted = Quantiles.Sorted(values);
        var edges = new List<double>(3);
        foreach (var p in (ReadOnlySpan<double>)[0.25, 0.5, 0.75])
        {
            var q = Quantiles.OfSorted(sorted, p);
            if (double.IsFinite(q) && (edges.Count == 0 || q > edges[^1]))
            {
                edges.Add(q);
            }
        }

        var labels = ImmutableArray.CreateBuilder<string>(edges.Count + 2);
        if (edges.Count > 0)
        {
            labels.Add("<=" + Format(edges[0]));
            for (var i = 1; i < edges.Count; i++)
            {
                labels.Add("(" + Format(edges[i - 1]) + ", " + Format(edges[i]) + "]");
            }

            labels.Add(">" + Format(edges[^1]));
        }

        labels.Add(Unknown);
        var text = edges.Count == 0
            ? "no values in the real data"
            : "real-data quartile bins, edges " + string.Join(", ", edges.Select(Format));
        return new ProtectedAttribute(name, labels.ToImmutable(), [.. edges], false, text);
    }

    /// <summary>The level code of every row of <paramref name="table"/> (aligned with the real table).</summary>
    public int[] Encode(Table table)
    {
        var column = table[Name];
        var codes = new int[column.Length];
        if (column is CategoricalColumn categorical)
        {
            var levelCount = Labels.Length - 1;
            for (var i = 0; i < codes.Length; i++)
            {
                var c = categorical.Codes[i];
                codes[i] = c < 0 || c >= levelCount ? UnknownCode : c;
            }

            return codes;
        }

        var values = ((NumericColumn)column).Values;
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = Bin(values[i]);
        }

        return codes;
    }

    private int Bin(double value)
    {
        if (double.IsNaN(value) || _edges is null || _edges.Length == 0)
        {
            return UnknownCode;
        }

        var bin = 0;
        while (bin < _edges.Length && (_leftClosed ? value >= _edges[bin] : value > _edges[bin]))
        {
            bin++;
        }

        return bin;
    }

    private static bool LooksLikeAge(string name, double[] values)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var ch = name[i];
            var boundary = !char.IsLetter(ch) || (char.IsUpper(ch) && i > 0 && char.IsLower(name[i - 1]));
            if (boundary && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }

            if (char.IsLetter(ch))
            {
                current.Append(char.ToLowerInvariant(ch));
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        if (!words.Contains("age", StringComparer.Ordinal))
        {
            return false;
        }

        foreach (var v in values)
        {
            if (!double.IsNaN(v) && (v < 0 || v > 130))
            {
                return false;
            }
        }

        return true;
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
