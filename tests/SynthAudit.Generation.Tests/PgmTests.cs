using SynthAudit.Core.Randomness;
using SynthAudit.Generation.Pgm;

namespace SynthAudit.Generation.Tests;

public sealed class PgmTests
{
    private static readonly int[] s_sizes = [2, 3, 2, 3];

    [Fact]
    public void BeliefPropagation_TinyLoopyModel_MatchesBruteForce()
    {
        // Arrange: cliques {0,1},{1,2},{2,3},{0,3} form a cycle, so the tree needs fill-in.
        int[][] cliques = [[0, 1], [1, 2], [2, 3], [0, 3]];
        var tree = JunctionTree.Build(4, s_sizes, cliques);
        var random = new DeterministicRandom(11);
        var theta = tree.Cliques.Select(c => Enumerable.Range(0, (int)FactorIndex.Cells(c, s_sizes)).Select(_ => random.NextGaussian()).ToArray()).ToArray();
        var mu = tree.Cliques.Select(c => new double[FactorIndex.Cells(c, s_sizes)]).ToArray();

        // Act
        new BeliefPropagation(tree, s_sizes).Run(theta, 100, mu);

        // Assert: enumerate the joint.
        int[] all = [0, 1, 2, 3];
        var joint = new double[36];
        for (var i = 0; i < tree.Cliques.Length; i++)
        {
            var map = FactorIndex.Map(all, tree.Cliques[i], s_sizes);
            for (var x = 0; x < 36; x++)
            {
                joint[x] += theta[i][map[x]];
            }
        }

        var logZ = BeliefPropagation.LogSumExp(joint);
        var p = joint.Select(v => 100 * Math.Exp(v - logZ)).ToArray();
        for (var i = 0; i < tree.Cliques.Length; i++)
        {
            var expected = new double[mu[i].Length];
            FactorIndex.SumInto(p, FactorIndex.Map(all, tree.Cliques[i], s_sizes), expected);
            for (var c = 0; c < expected.Length; c++)
            {
                Assert.Equal(expected[c], mu[i][c], 1e-9);
            }
        }
    }

    [Fact]
    public void MirrorDescent_NoiseFreeTreeMeasurements_RecoversExactMarginals()
    {
        // Arrange: a random joint on 4 columns; measure exact 1-way and tree 2-way marginals of a tree-structured truth.
        var random = new DeterministicRandom(5);
        var counts = new double[36];
        int[] all = [0, 1, 2, 3];
        for (var x = 0; x < 36; x++)
        {
            counts[x] = 1 + random.NextInt(50);
        }

        int[][] cliques = [[0], [1], [2], [3], [0, 1], [1, 2], [2, 3]];
        var measurements = cliques.Select(c =>
        {
            var y = new double[FactorIndex.Cells(c, s_sizes)];
            FactorIndex.SumInto(counts, FactorIndex.Map(all, c, s_sizes), y);
            return new NoisyMarginal(c, y, 1.0);
        }).ToList();

        // Act
        var model = MirrorDescentEstimator.Fit(s_sizes, measurements, 3000);

        // Assert
        Assert.Equal(counts.Sum(), model.Total, 1e-9);
        foreach (var m in measurements)
        {
            var fitted = model.Marginal(m.Clique);
            for (var c = 0; c < fitted.Length; c++)
            {
                Assert.Equal(m.Values[c], fitted[c], 0.05);
            }
        }
    }

    [Fact]
    public void SystematicSampler_Rows_ReproduceModelMarginals()
    {
        // Arrange
        var random = new DeterministicRandom(8);
        int[][] cliques = [[0, 1], [1, 2], [2, 3]];
        var measurements = cliques.Select(c => new NoisyMarginal(c,
            [.. Enumerable.Range(0, (int)FactorIndex.Cells(c, s_sizes)).Select(_ => (double)(10 + random.NextInt(100)))], 1.0)).ToList();
        var model = MirrorDescentEstimator.Fit(s_sizes, measurements, 500);
        const int rows = 10_000;

        // Act
        var sample = SystematicSampler.Sample(model, rows, new DeterministicRandom(1));

        // Assert: every 2-way clique marginal of the sample is within 1.5% TV of the model's.
        foreach (var c in cliques)
        {
            var expected = model.Marginal(c);
            var observed = new double[expected.Length];
            for (var r = 0; r < rows; r++)
            {
                observed[(sample[c[0]][r] * s_sizes[c[1]]) + sample[c[1]][r]]++;
            }

            var tv = 0.5 * expected.Select((e, i) => Math.Abs((e / model.Total) - (observed[i] / rows))).Sum();
            Assert.InRange(tv, 0, 0.015);
        }
    }

    [Fact]
    public void RoundedColumn_Counts_AreFloorOrCeilOfScaledCounts()
    {
        // Arrange
        double[] counts = [1.5, 2.25, 0, 6.25];
        var output = new int[7];

        // Act
        SystematicSampler.RoundedColumn(counts, 7, output, new DeterministicRandom(2));

        // Assert
        var histogram = new int[4];
        foreach (var v in output)
        {
            histogram[v]++;
        }

        Assert.InRange(histogram[0], 1, 2);
        Assert.InRange(histogram[1], 1, 2);
        Assert.Equal(0, histogram[2]);
        Assert.InRange(histogram[3], 4, 5);
        Assert.Equal(7, histogram.Sum());
    }
}
