namespace SynthAudit.Metrics.Statistics;

/// <summary>Sample quantiles by Hyndman–Fan type 7 (the numpy/pandas default).</summary>
public static class Quantiles
{
    /// <summary>The <paramref name="p"/>-quantile of already sorted, NaN-free values; NaN when empty.</summary>
    /// <remarks><c>h = (n − 1)·p</c>, <c>q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])</c> (0-based).</remarks>
    public static double OfSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * Math.Clamp(p, 0, 1);
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>The <paramref name="p"/>-quantile of values in any order, ignoring NaN; NaN when none remain.</summary>
    public static double Of(ReadOnlySpan<double> values, double p)
    {
        var copy = Sorted(values);
        return OfSorted(copy, p);
    }

    /// <summary>A sorted copy without NaN.</summary>
    public static double[] Sorted(ReadOnlySpan<double> values)
    {
        var list = new double[values.Length];
        var n = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                list[n++] = v;
            }
        }

        Array.Resize(ref list, n);
        Array.Sort(list);
        return list;
    }
}
