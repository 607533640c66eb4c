using System.Collections.Immutable;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>Aggregate histograms of nearest-neighbour distances for the reports (bin shares only, never a record).</summary>
internal static class DistanceHistogram
{
    /// <summary>A histogram figure with <paramref name="bins"/> equal bins over [0, largest value] shared by every series.</summary>
    public static FigureData Create(string id, string title, string xLabel, int bins, params (string Name, double[] Values)[] series)
    {
        var max = series.SelectMany(s => s.Values).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        if (!(max > 0))
        {
            max = 1;
        }

        var edges = Enumerable.Range(0, bins + 1).Select(b => max * b / bins).ToImmutableArray();
        var built = series.Select(s =>
        {
            var counts = new double[bins];
            var total = 0;
            foreach (var v in s.Values)
            {
                if (double.IsFinite(v))
                {
                    counts[Math.Min(bins - 1, (int)(v / max * bins))]++;
                    total++;
                }
            }

            return new FigureSeries(s.Name, edges, counts.Select(c => total == 0 ? 0 : c / total).ToImmutableArray());
        }).ToImmutableArray();
        return new FigureData(id, title, FigureKind.Histogram, xLabel, "share of rows", ImmutableArray<string>.Empty, built);
    }
}
