using System.Collections.Immutable;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Encoding;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Fidelity.Figures;

/// <summary>Overlaid real/synthetic distributions per column for the report (aggregate shares only, never a record).</summary>
internal static class DistributionFigures
{
    /// <summary>Categories with fewer real rows than this are pooled as "(other)".</summary>
    public const int MinRealCount = 10;

    private const int HistogramBins = 20;

    /// <summary>A histogram of a numeric column: 20 equal-width bins between the real 1st and 99th percentiles (at least 10
    /// real rows beyond each, limits rounded outwards; outer bins also hold the tails, so no single extreme value is shown);
    /// null for an empty, constant or tiny column.</summary>
    public static FigureData? Histogram(EncodedColumn column)
    {
        var real = column.Codes[Sides.Real]!;
        var sorted = real.Where(c => c >= 0).Select(c => column.Distinct[c]).Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        // Each outer tail holds at least MinRealCount real rows, and the limits are rounded outwards to two significant
        // digits of the range, so an edge is never the exact value of one extreme record.
        var tail = Math.Max(0.01, (double)MinRealCount / sorted.Length);
        if (tail >= 0.5)
        {
            return null;
        }

        var lo = Quantiles.OfSorted(sorted, tail);
        var hi = Quantiles.OfSorted(sorted, 1 - tail);
        if (!(hi > lo))
        {
            return null;
        }

        var step = Math.Pow(10, Math.Floor(Math.Log10(hi - lo)) - 1);
        lo = Math.Floor(lo / step) * step;
        hi = Math.Ceiling(hi / step) * step;

        var edges = new double[HistogramBins + 1];
        for (var i = 0; i <= HistogramBins; i++)
        {
            edges[i] = lo + (hi - lo) * i / HistogramBins;
        }

        var x = edges.ToImmutableArray();
        return new FigureData("fidelity.distribution." + column.Name, column.Name + ": real vs synthetic", FigureKind.Histogram,
            column.Name, "share of rows",
            ImmutableArray<string>.Empty,
            [
                new FigureSeries("real", x, Shares(column, Sides.Real, lo, hi)),
                new FigureSeries("synthetic", x, Shares(column, Sides.Synthetic, lo, hi)),
            ]);
    }

    /// <summary>Bars of a categorical column's real and synthetic shares (non-missing values), rare categories pooled.</summary>
    public static FigureData? Bars(EncodedColumn column)
    {
        var card = column.Cardinality;
        var real = Counts(column.Codes[Sides.Real]!, card);
        var synthetic = Counts(column.Codes[Sides.Synthetic]!, card);
        long nR = real.Sum(), nS = synthetic.Sum();
        if (nR == 0)
        {
            return null;
        }

        var names = new List<string>();
        var yR = new List<double>();
        var yS = new List<double>();
        long otherR = 0, otherS = 0;
        for (var k = 0; k < card; k++)
        {
            if (real[k] >= MinRealCount)
            {
                names.Add(column.Levels[k]);
                yR.Add((double)real[k] / nR);
                yS.Add(nS == 0 ? 0 : (double)synthetic[k] / nS);
            }
            else
            {
                otherR += real[k];
                otherS += synthetic[k];
            }
        }

        if (otherR + otherS > 0)
        {
            names.Add("(other)");
            yR.Add((double)otherR / nR);
            yS.Add(nS == 0 ? 0 : (double)otherS / nS);
        }

        return new FigureData("fidelity.distribution." + column.Name, column.Name + ": real vs synthetic", FigureKind.Bars,
            column.Name, "share of rows", [.. names],
            [new FigureSeries("real", ImmutableArray<double>.Empty, [.. yR]), new FigureSeries("synthetic", ImmutableArray<double>.Empty, [.. yS])]);
    }

    private static long[] Counts(int[] codes, int card)
    {
        var counts = new long[card];
        foreach (var c in codes)
        {
            if (c >= 0)
            {
                counts[c]++;
            }
        }

        return counts;
    }

    private static ImmutableArray<double> Shares(EncodedColumn column, int side, double lo, double hi)
    {
        var counts = new double[HistogramBins];
        long n = 0;
        foreach (var c in column.Codes[side]!)
        {
            if (c < 0)
            {
                continue;
            }

            var bin = (int)Math.Floor((column.Distinct[c] - lo) / (hi - lo) * HistogramBins);
            counts[Math.Clamp(bin, 0, HistogramBins - 1)]++;
            n++;
        }

        if (n > 0)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] /= n;
            }
        }

        return [.. counts];
    }
}
