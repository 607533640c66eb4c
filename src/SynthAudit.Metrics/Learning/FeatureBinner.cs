using System.Collections.Immutable;
using SynthAudit.Core.Data;

namespace SynthAudit.Metrics.Learning;

/// <summary>Quantises table columns into at most 255 bins per feature, fitted on training rows (histogram boosting input).</summary>
/// <remarks>
/// Numeric (and datetime) columns: with at most <c>maxBins</c> distinct training values each value gets its own bin
/// (thresholds at midpoints between neighbours); otherwise thresholds are the type-7 quantiles at i/maxBins, deduplicated,
/// as scikit-learn's HistGradientBoosting binner does. A value goes to the first bin whose upper threshold is ≥ the value.
/// Categorical columns keep one bin per level (the most frequent 254 levels when there are more; the rest share bin 254),
/// and are split natively by <see cref="GradientBoosting"/>. Missing values get <see cref="BinnedMatrix.MissingBin"/>.
/// </remarks>
public sealed class FeatureBinner
{
    private readonly ImmutableArray<double[]?> _thresholds;
    private readonly ImmutableArray<int[]?> _levelBins;

    private FeatureBinner(ImmutableArray<string> columns, ImmutableArray<double[]?> thresholds, ImmutableArray<int[]?> levelBins)
    {
        SourceColumns = columns;
        _thresholds = thresholds;
        _levelBins = levelBins;
    }

    /// <summary>The feature columns, in order.</summary>
    public ImmutableArray<string> SourceColumns { get; }

    /// <summary>Fits the bins on <paramref name="training"/> for the given feature columns.</summary>
    /// <param name="training">The training table.</param>
    /// <param name="columns">The feature columns (never the target).</param>
    /// <param name="maxBins">The most non-missing bins per feature (2 to 255).</param>
    public static FeatureBinner Fit(Table training, IReadOnlyList<string> columns, int maxBins = 255)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBins, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBins, 255);
        var thresholds = new double[]?[columns.Count];
        var levelBins = new int[]?[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var column = training[columns[c]];
            if (column is NumericColumn numeric)
            {
                thresholds[c] = NumericThresholds(numeric.Values, maxBins);
            }
            else
            {
                levelBins[c] = LevelBins((CategoricalColumn)column, maxBins);
            }
        }

        return new FeatureBinner([.. columns], [.. thresholds], [.. levelBins]);
    }

    /// <summary>Bins every row of <paramref name="table"/> (aligned with the training table).</summary>
    public BinnedMatrix Transform(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var n = table.RowCount;
        var bins = new byte[n * SourceColumns.Length];
        for (var c = 0; c < SourceColumns.Length; c++)
        {
            var target = bins.AsSpan(c * n, n);
            var column = table[SourceColumns[c]];
            if (_thresholds[c] is { } thresholds)
            {
                var values = ((NumericColumn)column).Values;
                for (var i = 0; i < n; i++)
                {
                    target[i] = BinOf(values[i], thresholds);
                }
            }
            else
            {
                var map = _levelBins[c]!;
                var codes = ((CategoricalColumn)column).Codes;
                for (var i = 0; i < n; i++)
                {
                    var code = codes[i];
                    target[i] = code < 0 ? BinnedMatrix.MissingBin : (byte)(code < map.Length ? map[code] : map.Length == 0 ? 0 : 254);
                }
            }
        }

        return new BinnedMatrix(n, bins, _thresholds.Select(t => t is null).ToImmutableArray(), SourceColumns);
    }

    private static byte BinOf(double value, double[] thresholds)
    {
        if (double.IsNaN(value))
        {
            return BinnedMatrix.MissingBin;
        }

        int lo = 0, hi = thresholds.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (value <= thresholds[mid])
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return (byte)lo;
    }

    private static double[] NumericThresholds(double[] values, int maxBins)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).ToArray();
        Array.Sort(sorted);
        var distinct = new List<double>();
        foreach (var v in sorted)
        {
            if (distinct.Count == 0 || distinct[^1] != v)
            {
                distinct.Add(v);
            }
        }

        var thresholds = new List<double>();
        if (distinct.Count <= maxBins)
        {
            for (var i = 0; i + 1 < distinct.Count; i++)
            {
                thresholds.Add(distinct[i] + ((distinct[i + 1] - distinct[i]) / 2));
            }

            return [.. thresholds];
        }

        for (var i = 1; i < maxBins; i++)
        {
            var h = (sorted.Length - 1) * ((double)i / maxBins);
            var lo = (int)Math.Floor(h);
            var q = lo + 1 < sorted.Length ? sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo])) : sorted[lo];
            if (thresholds.Count == 0 || q > thresholds[^1])
            {
                thresholds.Add(q);
            }
        }

        // The largest value must fall in a real bin, not past the last threshold's range; drop a threshold equal to it.
        if (thresholds.Count > 0 && thresholds[^1] >= sorted[^1])
        {
            thresholds.RemoveAt(thresholds.Count - 1);
        }

        return [.. thresholds];
    }

    private static int[] LevelBins(CategoricalColumn column, int maxBins)
    {
        var levels = column.Levels.Length;
        var map = new int[levels];
        if (levels <= maxBins)
        {
            for (var l = 0; l < levels; l++)
            {
                map[l] = l;
            }

            return map;
        }

        var counts = new int[levels];
        foreach (var code in column.Codes)
        {
            if (code >= 0)
            {
                counts[code]++;
            }
        }

        var order = Enumerable.Range(0, levels).OrderByDescending(l => counts[l]).ThenBy(l => l).ToArray();
        Array.Fill(map, maxBins - 1);
        for (var r = 0; r < maxBins - 1; r++)
        {
            map[order[r]] = r;
        }

        return map;
    }
}
