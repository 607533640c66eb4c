using SynthAudit.Core.Randomness;

namespace SynthAudit.Metrics.Privacy.Shadow;

/// <summary>One run of the game: which targets are in, and which population rows fill the rest of the shadow training set.</summary>
/// <param name="Run">The 0-based run number.</param>
/// <param name="Members">Per target, whether it is in this run's training set (independent coin flips, probability ½).</param>
/// <param name="PopulationRows">The population rows of the training set (without replacement; shadow rows minus members).</param>
/// <param name="Seed">The seed of everything random inside the run (the builtin generator's noise).</param>
public sealed record ShadowRunPlan(int Run, bool[] Members, int[] PopulationRows, ulong Seed)
{
    /// <summary>Plans run <paramref name="run"/> from the master seed: reproducible, and independent of the other runs.</summary>
    /// <param name="seeds">The master seed source.</param>
    /// <param name="run">The run number.</param>
    /// <param name="targets">The number of targets.</param>
    /// <param name="pool">The population rows allowed (copies of targets removed).</param>
    /// <param name="shadowRows">The rows of each training set, targets included.</param>
    public static ShadowRunPlan For(SeedSource seeds, int run, int targets, IReadOnlyList<int> pool, int shadowRows)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(pool);
        var random = seeds.For("attack.shadow", "run", run);
        var members = new bool[targets];
        var inCount = 0;
        for (var t = 0; t < targets; t++)
        {
            members[t] = (random.NextUInt64() & 1) == 1;
            inCount += members[t] ? 1 : 0;
        }

        var take = Math.Min(pool.Count, Math.Max(0, shadowRows - inCount));
        var picks = random.SampleWithoutReplacement(pool.Count, take);
        var rows = new int[take];
        for (var i = 0; i < take; i++)
        {
            rows[i] = pool[picks[i]];
        }

        return new ShadowRunPlan(run, members, rows, random.NextUInt64());
    }
}
