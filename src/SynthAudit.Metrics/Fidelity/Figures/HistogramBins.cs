using System.Globalization;

namespace SynthAudit.Metrics.Fidelity.Figures;

/// <summary>Bins for a report histogram that cover the full range of a numeric column under the small-cell rule.</summary>
/// <remarks>
/// The core range runs from the real 0.1th to the 99.9th percentile (at least 10 real rows beyond each), in about 20
/// bins of a "nice" width (1, 2, 2.5 or 5 times a power of ten; a whole number for integer columns, so every bin holds
/// the same number of integers and no sawtooth appears). Edges are multiples of the width, never a data value. Values
/// beyond the core fall into open-ended tail bins labelled <c>&lt; x</c> / <c>≤ x</c> and <c>≥ x</c>, drawn one bin
/// wide, so the full range is shown without revealing where it ends. Then no bin keeps between 1 and 9 real rows: an
/// end bin is pooled inwards (becoming a labelled tail bin), an interior bin with its smaller neighbour (a wider bin,
/// drawn at its average height).
/// </remarks>
internal sealed class HistogramBins
{
    private const double TailShare = 0.001;
    private const int TargetBins = 20;

    private HistogramBins(double width, bool integer, List<Bin> bins)
    {
        Width = width;
        Integer = integer;
        Bins = bins;
    }

    /// <summary>The standard bin width.</summary>
    public double Width { get; }

    /// <summary>Whether the column holds whole numbers only.</summary>
    public bool Integer { get; }

    /// <summary>The bins left to right.</summary>
    public IReadOnlyList<Bin> Bins { get; }

    /// <summary>Bins for the sorted real values, or null when there are too few rows or no spread.</summary>
    public static HistogramBins? For(double[] sortedReal, int minCount)
    {
        var n = sortedReal.Length;
        if (n < 2 * minCount)
        {
            return null;
        }

        var integer = sortedReal.All(v => v == Math.Floor(v));
        var tail = Math.Max(TailShare, (double)minCount / n);
        var lo = SynthAudit.Metrics.Statistics.Quantiles.OfSorted(sortedReal, tail);
        var hi = SynthAudit.Metrics.Statistics.Quantiles.OfSorted(sortedReal, 1 - tail);
        if (!(hi > lo))
        {
            (lo, hi) = (sortedReal[0], sortedReal[^1]);
            if (!(hi > lo))
            {
                return null;
            }
        }

        var width = NiceWidth((hi - lo) / TargetBins, integer);
        var start = Math.Floor(lo / width) * width;
        var end = (Math.Floor(hi / width) + 1) * width;
        var core = (int)Math.Round((end - start) / width);
        var bins = new List<Bin>();
        if (sortedReal[0] < start)
        {
            bins.Add(new Bin(double.NegativeInfinity, start));
        }

        for (var i = 0; i < core; i++)
        {
            bins.Add(new Bin(start + i * width, start + (i + 1) * width));
        }

        if (sortedReal[^1] >= end)
        {
            bins.Add(new Bin(end, double.PositiveInfinity));
        }

        var result = new HistogramBins(width, integer, bins);
        var counts = result.Count(sortedReal);
        result.Pool(counts, minCount);
        return result;
    }

    /// <summary>The index of the bin holding <paramref name="value"/>, or -1 when none does (a synthetic value beyond the
    /// real core with no tail bin on that side goes to the outermost bin).</summary>
    public int IndexOf(double value)
    {
        for (var i = 0; i < Bins.Count; i++)
        {
            if (value < Bins[i].High)
            {
                return i;
            }
        }

        return Bins.Count - 1;
    }

    /// <summary>The number of values per bin.</summary>
    public long[] Count(IEnumerable<double> values)
    {
        var counts = new long[Bins.Count];
        foreach (var v in values)
        {
            counts[IndexOf(v)]++;
        }

        return counts;
    }

    /// <summary>The drawn edges: each tail bin one standard width beyond the core, interior edges as they are.</summary>
    public double[] DrawnEdges()
    {
        var edges = new double[Bins.Count + 1];
        for (var i = 0; i < Bins.Count; i++)
        {
            edges[i] = Bins[i].IsLowerTail ? Bins[i].High - Width : Bins[i].Low;
        }

        var last = Bins[^1];
        edges[^1] = last.IsUpperTail ? last.Low + Width : last.High;
        return edges;
    }

    /// <summary>The label of each bin: <c>&lt; x</c> (or <c>≤ x</c> for integers) and <c>≥ x</c> for tail bins, empty otherwise.</summary>
    public string[] Labels() =>
    [
        .. Bins.Select(b => b.IsLowerTail
            ? Integer ? "≤ " + Format(b.High - 1) : "< " + Format(b.High)
            : b.IsUpperTail ? "≥ " + Format(b.Low) : string.Empty),
    ];

    /// <summary>How many standard widths a bin spans as drawn (tail bins 1).</summary>
    public double Span(int i) => Bins[i].IsLowerTail || Bins[i].IsUpperTail ? 1 : (Bins[i].High - Bins[i].Low) / Width;

    private static string Format(double v) =>
        Math.Abs(v) >= 10000 ? v.ToString("N0", CultureInfo.InvariantCulture) : v.ToString("0.####", CultureInfo.InvariantCulture);

    private void Pool(long[] counts, int minCount)
    {
        var bins = (List<Bin>)Bins;
        var c = counts.ToList();
        bool Small(int i) => c[i] > 0 && c[i] < minCount;

        // Ends first: an end bin with 1-9 real rows absorbs its neighbour and becomes an open-ended tail.
        while (bins.Count > 2 && Small(0))
        {
            bins[1] = new Bin(double.NegativeInfinity, bins[1].High);
            c[1] += c[0];
            bins.RemoveAt(0);
            c.RemoveAt(0);
        }

        while (bins.Count > 2 && Small(bins.Count - 1))
        {
            var k = bins.Count - 1;
            bins[k - 1] = new Bin(bins[k - 1].Low, double.PositiveInfinity);
            c[k - 1] += c[k];
            bins.RemoveAt(k);
            c.RemoveAt(k);
        }

        // Interior: merge a small bin with its smaller neighbour (a tail bin absorbs it and stays a tail).
        for (var guard = 0; guard < 10_000 && bins.Count > 1; guard++)
        {
            var i = Enumerable.Range(0, bins.Count).FirstOrDefault(Small, -1);
            if (i < 0)
            {
                return;
            }

            var j = i == 0 ? 1 : i == bins.Count - 1 ? i - 1 : c[i - 1] <= c[i + 1] ? i - 1 : i + 1;
            var (a, b) = (Math.Min(i, j), Math.Max(i, j));
            bins[a] = new Bin(bins[a].Low, bins[b].High);
            c[a] += c[b];
            bins.RemoveAt(b);
            c.RemoveAt(b);
        }
    }

    private static double NiceWidth(double raw, bool integer)
    {
        if (integer && raw <= 1)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var step in integer && magnitude < 10 ? new[] { 1.0, 2, 5, 10 } : [1.0, 2, 2.5, 5, 10])
        {
            if (step * magnitude >= raw * 0.999)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    /// <summary>One bin, [Low, High); an infinite end marks an open-ended tail.</summary>
    internal readonly record struct Bin(double Low, double High)
    {
        public bool IsLowerTail => double.IsNegativeInfinity(Low);

        public bool IsUpperTail => double.IsPositiveInfinity(High);
    }
}
