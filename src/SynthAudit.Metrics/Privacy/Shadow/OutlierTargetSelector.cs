using System.Globalization;
using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Neighbors;

namespace SynthAudit.Metrics.Privacy.Shadow;

/// <summary>Chooses the targets of a shadow attack: the records farthest from their real neighbours (the most exposed:
/// Meeus et al. 2023, "Achilles' heels", and the TAPAS/MIDST practice of attacking outliers), plus about a quarter random
/// records for contrast.</summary>
/// <remarks>The outlier score of a record is the mean Gower distance (docs/metrics.md 1.3) to its <see cref="Neighbours"/>
/// nearest other real records, exact kNN over the whole real table; at most <see cref="MaxCandidates"/> randomly chosen
/// records are scored.</remarks>
public static class OutlierTargetSelector
{
    /// <summary>The neighbours averaged by the outlier score.</summary>
    public const int Neighbours = 5;

    /// <summary>The most records scored.</summary>
    public const int MaxCandidates = 4000;

    /// <summary>Chooses <paramref name="count"/> targets among the rows of <paramref name="real"/>.</summary>
    public static ShadowTargets Select(ShadowRows real, int count, DeterministicRandom random, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(random);
        var n = real.Count;
        if (count < 1 || count > n / 2)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "targets must be between 1 and half the real rows");
        }

        var candidates = n <= MaxCandidates ? Enumerable.Range(0, n).ToArray() : random.SampleWithoutReplacement(n, MaxCandidates);
        Array.Sort(candidates);
        var k = Math.Min(Neighbours, n - 1);
        var found = NearestNeighbors.Search(real.Gower, real.Gower, k, candidates, null, excludeSelf: true, parallel);
        var scores = new double[candidates.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            double sum = 0;
            for (var r = 0; r < k; r++)
            {
                sum += found.Distance(i, r);
            }

            scores[i] = sum / k;
        }

        var randomCount = count >= 2 ? Math.Max(1, count / 4) : 0;
        var outlierCount = count - randomCount;
        var order = Enumerable.Range(0, candidates.Length).OrderByDescending(i => scores[i]).ThenBy(i => candidates[i]).ToArray();
        var chosen = order.Take(outlierCount).ToList();
        var rest = order.Skip(outlierCount).ToArray();
        foreach (var pick in random.SampleWithoutReplacement(rest.Length, randomCount))
        {
            chosen.Add(rest[pick]);
        }

        var description = string.Create(CultureInfo.InvariantCulture,
            $"mean Gower distance (docs/metrics.md 1.3) to the {k} nearest other real records, over {candidates.Length} scored records; {outlierCount} highest-scoring chosen, {randomCount} random for contrast");
        return new ShadowTargets([.. chosen.Select(i => candidates[i])],
            [.. chosen.Select((_, t) => t < outlierCount ? "outlier" : "random")],
            [.. chosen.Select(i => scores[i])], description);
    }
}
