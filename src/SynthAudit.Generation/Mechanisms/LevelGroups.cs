using SynthAudit.Generation.Pgm;

namespace SynthAudit.Generation.Mechanisms;

/// <summary>The post-processing of every column's noisy 1-way counts before anything else is measured: extra levels below
/// 4σ are pruned (<see cref="ExtraLevels"/>), rare levels are merged (<see cref="DomainCompression"/>), and each merged
/// level gets the weights by which sampling decodes it back to one of its original levels (docs/dp-generator.md 3, step 2).</summary>
/// <remarks>Decoding weights come from the same noisy counts, so they cost nothing. Bins of a numeric column are decoded in
/// proportion to their noisy counts (clipped at 0; uniformly when all are 0). A listed category inside a merged level is
/// decoded only when its own noisy count is at least <see cref="RareCategorySigmas"/>·σ, in proportion to that count; a
/// category below that is indistinguishable from an empty one, and sampling it would write values the data may not have (a
/// code-book category nobody has). When no merged category reaches the threshold, the merged level decodes to the column's
/// largest category.</remarks>
internal static class LevelGroups
{
    /// <summary>The noisy count, in σ of the 1-way measurement, that a merged category needs to be sampled.</summary>
    public const double RareCategorySigmas = 2.5;

    /// <summary>Prunes, compresses (when <paramref name="compress"/> says so for a column, with <paramref name="threshold"/>)
    /// and recodes every column; returns the 1-way measurements on the new domain, the groups and their decoding weights.</summary>
    public static (List<NoisyMarginal> Measurements, int[][]?[] Groups, double[][]?[] Weights) Apply(PrivateData data,
        IReadOnlyList<NoisyMarginal> oneWay, double threshold, Func<int, bool> compress)
    {
        var d = data.ColumnCount;
        var measurements = new List<NoisyMarginal>(d);
        var groups = new int[d][][];
        var weights = new double[d][][];
        for (var i = 0; i < d; i++)
        {
            var (pruned, pruneMap, pruneGroups) = ExtraLevels.Prune(oneWay[i], data.Extras[i]);
            var ordered = data.OrderedLevels.Length > i ? data.OrderedLevels[i] : 0;
            var (m, compressMap, compressGroups) = !compress(i)
                ? (pruned, Enumerable.Range(0, pruned.Values.Length).ToArray(), null)
                : ordered > 0
                    ? DomainCompression.CompressOrdered(pruned, threshold, ordered)
                    : DomainCompression.Compress(pruned, threshold);
            var (map, g) = ExtraLevels.Compose(pruneMap, pruneGroups, compressMap, compressGroups);
            measurements.Add(m);
            if (g is not null)
            {
                data.Recode(i, map, g.Length);
                (groups[i], weights[i]) = DecodeWeights(g, oneWay[i], ordered > 0, data.Extras[i]);
            }
        }

        return (measurements, groups, weights);
    }

    /// <summary>The decoding weights of each group (original levels); categorical members below the threshold are dropped.</summary>
    internal static (int[][] Groups, double[][] Weights) DecodeWeights(int[][] groups, NoisyMarginal oneWay, bool ordered, IReadOnlyCollection<int> extras)
    {
        var y = oneWay.Values;
        var outGroups = new int[groups.Length][];
        var outWeights = new double[groups.Length][];
        for (var k = 0; k < groups.Length; k++)
        {
            var members = groups[k];

            // A single kept level passes the categorical test anyway (its count is at least the merge threshold); a "rare"
            // level that merged one category alone does not get a free pass.
            if (members.Length == 1 && (ordered || y[members[0]] >= RareCategorySigmas * oneWay.StdDev))
            {
                outGroups[k] = members;
                outWeights[k] = [1.0];
                continue;
            }

            if (ordered)
            {
                var w = members.Select(l => Math.Max(0, y[l])).ToArray();
                outGroups[k] = members;
                outWeights[k] = w.Sum() > 0 ? w : [.. members.Select(_ => 1.0)];
                continue;
            }

            var threshold = RareCategorySigmas * oneWay.StdDev;
            var kept = members.Where(l => y[l] >= threshold * Math.Sqrt(1 / (oneWay.CellWeights?[l] ?? 1.0))).ToArray();
            if (kept.Length == 0)
            {
                var values = Enumerable.Range(0, y.Length).Where(l => !extras.Contains(l)).ToArray();
                kept = values.Length > 0 ? [values.MaxBy(l => y[l])] : [members.MaxBy(l => y[l])];
                outGroups[k] = kept;
                outWeights[k] = [1.0];
                continue;
            }

            outGroups[k] = kept;
            outWeights[k] = [.. kept.Select(l => y[l])];
        }

        return (outGroups, outWeights);
    }
}
