using SynthAudit.Core.Marginals;
using SynthAudit.Metrics.Fidelity.Encoding;

namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>The point fidelity statistics of real versus another side from an <see cref="IMarginalStatistics"/> engine,
/// through the same formulas as the in-process evaluator (<see cref="ColumnFormulas"/>).</summary>
/// <remarks>Only the layout comes from the in-process plan: which columns are used and their kind, which pairs and which
/// k-way sets are scored. Distinct values, bin edges, histograms, contingency tables and co-moments all come from the
/// engine. Distinct numeric values are merged at 12 significant digits across the sides, as the in-process encoding does;
/// bins are then assigned to raw values by the engine, so a value within 5e-13 (relative) of a bin edge can fall on the
/// other side of the edge than in-process (docs/scale.md).</remarks>
internal static class PushedDownStatistics
{
    /// <summary>Real versus <paramref name="other"/> on all rows of the engine's tables.</summary>
    public static FidelityStatistics Compute(IMarginalStatistics source, FidelityEncoding encoding, FidelityPlan plan, MarginalSide other,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(encoding);
        ArgumentNullException.ThrowIfNull(plan);
        var columns = encoding.Columns;
        var stats = new FidelityStatistics(columns.Length, plan.Pairs.Length, plan.NumericPairs.Length, plan.KMarginals.Length);
        var sides = new[] { MarginalSide.Real, MarginalSide.Synthetic, MarginalSide.Holdout }.Where(source.Has).ToArray();
        long totalR = source.RowCount(MarginalSide.Real), totalO = source.RowCount(other);
        var members10 = new MarginalColumn[columns.Length];
        var members20 = new MarginalColumn[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            ct.ThrowIfCancellationRequested();
            var name = columns[c].Name;
            if (columns[c].IsNumeric)
            {
                var counts = sides.ToDictionary(s => s, s => source.Values(s, name));
                var (distinct, hists) = Merge(sides, counts);
                var hR = hists[MarginalSide.Real];
                var hO = hists[other];
                var range = RealRange(distinct, hR);
                ColumnFormulas.Numeric<long>(hR, hO, counts[MarginalSide.Real].Missing, totalR, counts[other].Missing, totalO, distinct, range, stats, c);
                members10[c] = new MarginalColumn(name, true, [.. Edges(counts[MarginalSide.Real], 10)]);
                members20[c] = new MarginalColumn(name, true, [.. Edges(counts[MarginalSide.Real], 20)]);
            }
            else
            {
                var real = source.Categories(MarginalSide.Real, name);
                var compared = source.Categories(other, name);
                var levels = real.Counts.Keys.Union(compared.Counts.Keys).Order(StringComparer.Ordinal).ToArray();
                var hR = levels.Select(l => real.Counts.GetValueOrDefault(l)).ToArray();
                var hO = levels.Select(l => compared.Counts.GetValueOrDefault(l)).ToArray();
                ColumnFormulas.Categorical<long>(hR, hO, real.Missing, totalR, compared.Missing, totalO, stats, c);
                members10[c] = members20[c] = new MarginalColumn(name, false, []);
            }
        }

        for (var k = 0; k < plan.NumericPairs.Length; k++)
        {
            ct.ThrowIfCancellationRequested();
            var (a, b) = plan.Pairs[plan.NumericPairs[k]];
            (stats.PearsonReal[k], stats.SpearmanReal[k]) = Correlations(source.Moments(MarginalSide.Real, columns[a].Name, columns[b].Name));
            (stats.PearsonOther[k], stats.SpearmanOther[k]) = Correlations(source.Moments(other, columns[a].Name, columns[b].Name));
        }

        var pairSets = plan.Pairs.Select(p => (IReadOnlyList<MarginalColumn>)[members10[p.A], members10[p.B]]).ToList();
        Tvds(source, other, pairSets, totalR, totalO, stats.Contingency, complement: true);
        var kSets = plan.KMarginals.Select(m => (IReadOnlyList<MarginalColumn>)[.. m.Columns.Select(c => members20[c])]).ToList();
        Tvds(source, other, kSets, totalR, totalO, stats.MarginalTvd, complement: false);
        return stats;
    }

    /// <summary>The interior quantile edges of <paramref name="bins"/> bins from a real histogram: the rule of
    /// <see cref="QuantileBinning.Edges"/> (type-7 quantiles, duplicates dropped; the distinct values when there are at
    /// most <paramref name="bins"/>) evaluated on cumulative counts instead of sorted rows.</summary>
    public static double[] Edges(ValueCounts real, int bins)
    {
        ArgumentNullException.ThrowIfNull(real);
        if (real.Values.IsEmpty)
        {
            return [];
        }

        if (real.Values.Length <= bins)
        {
            return [.. real.Values];
        }

        var n = real.Counts.Sum();
        var cumulative = new long[real.Counts.Length];
        long running = 0;
        for (var i = 0; i < cumulative.Length; i++)
        {
            running += real.Counts[i];
            cumulative[i] = running;
        }

        double At(long index)
        {
            // The value at 0-based sorted position index: the first distinct value whose cumulative count exceeds it.
            var pos = Array.BinarySearch(cumulative, index + 1);
            return real.Values[pos >= 0 ? pos : ~pos];
        }

        var edges = new List<double>(bins - 1);
        for (var k = 1; k < bins; k++)
        {
            var h = (n - 1) * Math.Clamp((double)k / bins, 0, 1);
            var lo = (long)Math.Floor(h);
            var hi = Math.Min(lo + 1, n - 1);
            var low = At(lo);
            var e = low + (h - lo) * (At(hi) - low);
            if (edges.Count == 0 || e != edges[^1])
            {
                edges.Add(e);
            }
        }

        return [.. edges];
    }

    private static void Tvds(IMarginalStatistics source, MarginalSide other, List<IReadOnlyList<MarginalColumn>> sets, long totalR, long totalO,
        double[] target, bool complement)
    {
        if (sets.Count == 0)
        {
            return;
        }

        var real = source.Cells(MarginalSide.Real, sets);
        var compared = source.Cells(other, sets);
        for (var i = 0; i < sets.Count; i++)
        {
            var tvd = ColumnFormulas.Tvd(real[i].Counts, totalR, compared[i].Counts, totalO);
            target[i] = complement ? 1 - tvd : tvd;
        }
    }

    private static (double Pearson, double Spearman) Correlations(PairMoments m)
    {
        if (m.Count < 2 || m.DistinctX < 2 || m.DistinctY < 2)
        {
            return (double.NaN, double.NaN);
        }

        var s = m.Shifted;
        var r = m.Ranks;
        return (ColumnFormulas.Correlation(m.Count, s.X, s.Y, s.XX, s.YY, s.XY), ColumnFormulas.Correlation(m.Count, r.X, r.Y, r.XX, r.YY, r.XY));
    }

    /// <summary>The distinct values of every side merged at 12 significant digits (the in-process encoding's rule: a value
    /// joins the previous distinct value when within 5e-13 of it, relative) and each side's histogram on them.</summary>
    private static (double[] Distinct, Dictionary<MarginalSide, long[]> Hists) Merge(MarginalSide[] sides, Dictionary<MarginalSide, ValueCounts> counts)
    {
        var all = sides.SelectMany(s => counts[s].Values.Select((v, i) => (Value: v, Side: s, Index: i)))
            .OrderBy(x => x.Value).ToList();
        var distinct = new List<double>();
        var rank = new int[all.Count];
        for (var k = 0; k < all.Count; k++)
        {
            var x = all[k].Value;
            if (distinct.Count == 0 || !SameAtTwelveDigits(distinct[^1], x))
            {
                distinct.Add(x);
            }

            rank[k] = distinct.Count - 1;
        }

        var hists = sides.ToDictionary(s => s, _ => new long[distinct.Count]);
        for (var k = 0; k < all.Count; k++)
        {
            var (_, side, index) = all[k];
            hists[side][rank[k]] += counts[side].Counts[index];
        }

        return ([.. distinct], hists);
    }

    private static double RealRange(double[] distinct, long[] real)
    {
        var lo = Array.FindIndex(real, c => c > 0);
        var hi = Array.FindLastIndex(real, c => c > 0);
        return lo < 0 ? double.NaN : distinct[hi] - distinct[lo];
    }

    private static bool SameAtTwelveDigits(double previous, double next) =>
        next == previous || next - previous <= 5e-13 * Math.Max(Math.Abs(previous), Math.Abs(next));
}
