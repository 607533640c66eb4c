using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;

namespace SynthAudit.Metrics.Running;

/// <summary>The stated sample sizes of the metrics that do not use every row, and the one way such a sample is drawn.</summary>
/// <remarks>docs/metrics.md section 6.6 lists, per metric, whether it is exact or sampled. Marginal-based fidelity,
/// exact-match and the reference side of every nearest-neighbour search are exact at every size; the query side of the
/// distance metrics, the learned metrics and the attacks are computed on seeded samples of the sizes below, which each
/// result states in <see cref="MetricResult.Sampling"/>.</remarks>
public static class SampleSizes
{
    /// <summary>Query rows per side of the shared nearest-neighbour searches (DCR, NNDR): synthetic queries and holdout
    /// queries. The reference (train, holdout) is always searched in full.</summary>
    public const int NeighborQueries = 50_000;

    /// <summary>Training rows of the utility models (TRTR, TSTR): larger tables are fitted on a seeded sample. The
    /// evaluation rows are all scored.</summary>
    public const int ModelTrainingRows = 100_000;

    /// <summary>The sorted rows of a seeded simple random sample of <paramref name="max"/> of <paramref name="n"/> rows, or
    /// null when <paramref name="n"/> ≤ <paramref name="max"/> (every row, no sampling).</summary>
    public static int[]? Rows(int n, int max, DeterministicRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (n <= max)
        {
            return null;
        }

        var rows = random.SampleWithoutReplacement(n, max);
        Array.Sort(rows);
        return rows;
    }

    /// <summary>The proper subsamples among <paramref name="samples"/> (what <see cref="MetricResult.Sampling"/> lists).</summary>
    public static System.Collections.Immutable.ImmutableArray<SampleSize> Subsamples(params SampleSize[] samples) =>
        [.. samples.Where(s => s.IsSubsample)];

    /// <summary>The sample record of <paramref name="rows"/> (null: all <paramref name="of"/> rows).</summary>
    public static SampleSize Describe(string part, int[]? rows, int of) => new(part, rows?.Length ?? of, of);
}
