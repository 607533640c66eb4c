namespace SynthAudit.Metrics.Fidelity.Encoding;

/// <summary>Quantile bins from the real data for marginal metrics (docs/metrics.md section 1.4).</summary>
/// <remarks>Interior edges are the type-7 quantiles <c>k/B</c>, <c>k = 1..B−1</c>, of the real values, duplicates dropped;
/// when the real column has at most <c>B</c> distinct values the distinct values themselves are the edges. The bin of
/// <c>x</c> is the number of edges strictly below <c>x</c> (right-closed intervals, open outer bins). Example: real 1..10,
/// B = 4 gives edges 3.25, 5.5, 7.75 and counts 3, 2, 2, 3.</remarks>
internal static class QuantileBinning
{
    /// <summary>The edges for <paramref name="bins"/> bins of sorted, NaN-free real values.</summary>
    public static double[] Edges(ReadOnlySpan<double> sortedReal, int bins)
    {
        if (sortedReal.IsEmpty)
        {
            return [];
        }

        var distinct = new List<double>();
        foreach (var v in sortedReal)
        {
            if (distinct.Count == 0 || v != distinct[^1])
            {
                distinct.Add(v);
            }
        }

        if (distinct.Count <= bins)
        {
            // Each distinct value is its own bin: values equal to d_k fall in bin k, values above the last in an extra bin.
            return [.. distinct];
        }

        var edges = new List<double>(bins - 1);
        for (var k = 1; k < bins; k++)
        {
            var e = SynthAudit.Metrics.Statistics.Quantiles.OfSorted(sortedReal, (double)k / bins);
            if (edges.Count == 0 || e != edges[^1])
            {
                edges.Add(e);
            }
        }

        return [.. edges];
    }

    /// <summary>The bin of <paramref name="x"/>: the number of edges strictly below it.</summary>
    public static int BinOf(ReadOnlySpan<double> edges, double x)
    {
        int lo = 0, hi = edges.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (edges[mid] < x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
