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

    /// <summary>A histogram of a numeric column over its full range (see <see cref="HistogramBins"/>): open-ended tail bins
    /// labelled <c>≥ x</c>, whole-number bins for integer columns and no bin with 1 to 9 real rows; null for an empty,
    /// constant or tiny column.</summary>
    /// <remarks>Heights are shares of the non-missing rows per standard bin width, so a pooled wider bin is drawn at its
    /// average height; the bin labels go in <see cref="FigureData.Categories"/>.</remarks>
    public static FigureData? Histogram(EncodedColumn column)
    {
        var real = column.Codes[Sides.Real]!;
        var sorted = real.Where(c => c >= 0).Select(c => column.Distinct[c]).Order().ToArray();
        if (HistogramBins.For(sorted, MinRealCount) is not { } bins)
        {
            return null;
        }

        var x = bins.DrawnEdges().ToImmutableArray();
        var width = bins.Width.ToString(bins.Width >= 10000 ? "N0" : "0.####", System.Globalization.CultureInfo.InvariantCulture);
        return new FigureData("fidelity.distribution." + column.Name, column.Name + ": real vs synthetic", FigureKind.Histogram,
            column.Name + " (bin width " + width + ")", "share of rows per bin",
            [.. bins.Labels()],
            [
                new FigureSeries("real", x, Shares(column, Sides.Real, bins)),
                new FigureSeries("synthetic", x, Shares(column, Sides.Synthetic, bins)),
            ]);
    }

    /// <summary>The most levels a bar chart shows by name; the others are pooled into one stated "(other)" bar.</summary>
    public const int TopLevels = 10;

    /// <summary>Bars of a categorical column's real and synthetic shares of all rows: the <see cref="TopLevels"/> most
    /// frequent real levels (each with at least 10 real rows) by real share, then "(other: N levels)" for the rest and
    /// "(missing)" when values are missing.</summary>
    /// <remarks>Missing values with fewer than 10 real rows are pooled into "(other)" too, so no bar shows fewer than 10
    /// real rows.</remarks>
    public static FigureData? Bars(EncodedColumn column)
    {
        var card = column.Cardinality;
        var realCodes = column.Codes[Sides.Real]!;
        var syntheticCodes = column.Codes[Sides.Synthetic]!;
        var real = Counts(realCodes, card);
        var synthetic = Counts(syntheticCodes, card);
        long nR = realCodes.Length, nS = syntheticCodes.Length;
        long missingR = realCodes.Count(c => c < 0), missingS = syntheticCodes.Count(c => c < 0);
        if (nR - missingR == 0)
        {
            return null;
        }

        var shown = Enumerable.Range(0, card).Where(k => real[k] >= MinRealCount)
            .OrderByDescending(k => real[k]).ThenBy(k => k).Take(TopLevels).ToHashSet();
        var names = new List<string>();
        var yR = new List<double>();
        var yS = new List<double>();
        foreach (var k in shown.OrderByDescending(k => real[k]).ThenBy(k => k))
        {
            names.Add(column.Levels[k]);
            yR.Add((double)real[k] / nR);
            yS.Add(nS == 0 ? 0 : (double)synthetic[k] / nS);
        }

        var pooled = Enumerable.Range(0, card).Where(k => !shown.Contains(k) && real[k] + synthetic[k] > 0).ToList();
        long otherR = pooled.Sum(k => real[k]), otherS = pooled.Sum(k => synthetic[k]);
        var pooledLevels = pooled.Count;
        var missingShown = missingR >= MinRealCount || (missingR == 0 && missingS > 0);
        if (!missingShown && missingR + missingS > 0)
        {
            otherR += missingR;
            otherS += missingS;
            pooledLevels++;
        }

        if (otherR + otherS > 0)
        {
            names.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"(other: {pooledLevels} {(pooledLevels == 1 ? "level" : "levels")})"));
            yR.Add((double)otherR / nR);
            yS.Add(nS == 0 ? 0 : (double)otherS / nS);
        }

        if (missingShown)
        {
            names.Add("(missing)");
            yR.Add((double)missingR / nR);
            yS.Add(nS == 0 ? 0 : (double)missingS / nS);
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

    private static ImmutableArray<double> Shares(EncodedColumn column, int side, HistogramBins bins)
    {
        var counts = bins.Count(column.Codes[side]!.Where(c => c >= 0).Select(c => column.Distinct[c]));
        double n = counts.Sum();
        return [.. counts.Select((c, i) => n > 0 ? c / n / bins.Span(i) : 0)];
    }
}
