using SynthAudit.Core.Randomness;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Pgm;

namespace SynthAudit.Generation.Tests;

public sealed class AimTests
{
    [Fact]
    public void Candidates_PairWorkload_DownwardClosureWithOverlapWeights()
    {
        // Arrange / Act: workload = all pairs of 3 columns.
        var (candidates, weights) = AimMechanism.Candidates([2, 3, 4], 2, 10_000);

        // Assert: w_s = Σ_r |s ∩ r|: a single is in 2 pairs (1 each), a pair overlaps itself (2) and two others (1 each).
        Assert.Equal(6, candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            Assert.Equal(candidates[i].Length == 1 ? 2.0 : 4.0, weights[i]);
        }
    }

    [Fact]
    public void Candidates_CellCap_DropsLargeWorkloadCliques()
    {
        // Arrange / Act: the pair (1, 2) has 100 × 100 cells > 5000.
        var (candidates, _) = AimMechanism.Candidates([2, 100, 100], 2, 5_000);

        // Assert
        Assert.DoesNotContain(candidates, c => c.SequenceEqual([1, 2]));
        Assert.Contains(candidates, c => c.SequenceEqual([0, 2]));
    }

    [Fact]
    public void MarginalOracle_CliqueOutsideTheModel_MatchesBruteForce()
    {
        // Arrange: a chain 0-1-2-3 with random potentials; query the marginal on {0, 3} (no clique holds it).
        int[] sizes = [2, 3, 2, 3];
        var random = new DeterministicRandom(21);
        int[][] cliques = [[0, 1], [1, 2], [2, 3]];
        var measurements = cliques.Select(c => new NoisyMarginal(c,
            [.. Enumerable.Range(0, (int)FactorIndex.Cells(c, sizes)).Select(_ => (double)(5 + random.NextInt(60)))], 1.0)).ToList();
        var model = MirrorDescentEstimator.Fit(sizes, measurements, 300);

        // Act
        var oracle = new MarginalOracle(model).Marginal([0, 3])!;

        // Assert: enumerate the joint from the potentials.
        int[] all = [0, 1, 2, 3];
        var joint = new double[36];
        for (var i = 0; i < model.Tree.Cliques.Length; i++)
        {
            var map = FactorIndex.Map(all, model.Tree.Cliques[i], sizes);
            for (var x = 0; x < 36; x++)
            {
                joint[x] += model.Potentials[i][map[x]];
            }
        }

        var logZ = BeliefPropagation.LogSumExp(joint);
        var expected = new double[6];
        FactorIndex.SumInto([.. joint.Select(v => model.Total * Math.Exp(v - logZ))], FactorIndex.Map(all, [0, 3], sizes), expected);
        for (var c = 0; c < 6; c++)
        {
            Assert.Equal(expected[c], oracle[c], 1e-6);
        }
    }
}
