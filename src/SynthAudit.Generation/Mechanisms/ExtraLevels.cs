using SynthAudit.Generation.Pgm;

namespace SynthAudit.Generation.Mechanisms;

/// <summary>Post-processing of the noisy 1-way counts: a level the domain allows without listing a value for it (the
/// <c>(other)</c> and missing levels) whose noisy count is below <see cref="Sigmas"/>·σ, so indistinguishable from zero at
/// the measured noise, is removed from the model and never sampled.</summary>
/// <remarks>The rows of a removed level (by the evidence, none or a handful) are recoded to the column's largest value level,
/// a public map derived from noisy counts, so later measurements and the estimator see a domain without it; the removed
/// level's noisy count is dropped (its mass is taken as 0). A real column without missing values therefore gains none through
/// noise alone, and a public domain's <c>(other)</c> level appears only when the data has such values well above the noise.
/// 4σ rather than 3σ: a table has a few dozen such levels, and at 4σ pure noise keeps one with probability 3·10⁻⁵ each.</remarks>
internal static class ExtraLevels
{
    /// <summary>The threshold in standard deviations of the 1-way measurement.</summary>
    public const double Sigmas = 4;

    /// <summary>Prunes the extra levels of one column's 1-way measurement; returns the new measurement, the old→new level map
    /// and, per new level, the original level it decodes to (null when nothing is pruned).</summary>
    /// <param name="oneWay">The noisy 1-way marginal.</param>
    /// <param name="extras">The levels the domain allows without a listed value (other, missing).</param>
    public static (NoisyMarginal Measurement, int[] Map, int[][]? Groups) Prune(NoisyMarginal oneWay, IReadOnlyCollection<int> extras)
    {
        ArgumentNullException.ThrowIfNull(oneWay);
        ArgumentNullException.ThrowIfNull(extras);
        var y = oneWay.Values;
        var identity = Enumerable.Range(0, y.Length).ToArray();
        var threshold = Sigmas * oneWay.StdDev;
        var drop = extras.Where(l => y[l] < threshold * Math.Sqrt(1 / (oneWay.CellWeights?[l] ?? 1))).ToHashSet();
        var values = identity.Where(l => !extras.Contains(l)).ToArray();
        if (drop.Count == 0 || values.Length == 0)
        {
            return (oneWay, identity, null);
        }

        var mode = values.MaxBy(l => y[l]);
        var keep = identity.Where(l => !drop.Contains(l)).ToArray();
        var map = new int[y.Length];
        for (var i = 0; i < keep.Length; i++)
        {
            map[keep[i]] = i;
        }

        foreach (var l in drop)
        {
            map[l] = map[mode];
        }

        var weights = oneWay.CellWeights is null ? null : keep.Select(l => oneWay.CellWeights[l]).ToArray();
        var measurement = new NoisyMarginal(oneWay.Clique, [.. keep.Select(l => y[l])], oneWay.StdDev, weights);
        return (measurement, map, [.. keep.Select(l => new[] { l })]);
    }

    /// <summary>Composes a pruning (first) with a compression (second) into one map and one list of decode groups.</summary>
    public static (int[] Map, int[][]? Groups) Compose(int[] first, int[][]? firstGroups, int[] second, int[][]? secondGroups)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (firstGroups is null)
        {
            return (second, secondGroups);
        }

        var map = first.Select(l => second[l]).ToArray();
        var groups = secondGroups is null
            ? firstGroups
            : [.. secondGroups.Select(g => g.SelectMany(l => firstGroups[l]).ToArray())];
        return (map, groups);
    }
}
