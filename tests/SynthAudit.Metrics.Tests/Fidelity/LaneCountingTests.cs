using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Fidelity.Bootstrap;
using SynthAudit.Metrics.Fidelity.Encoding;
using Xunit;
using static SynthAudit.Metrics.Tests.Fidelity.FidelityTestData;

namespace SynthAudit.Metrics.Tests.Fidelity;

/// <summary>Equivalence of the block counting of bootstrap replicates (<see cref="ReplicateLanes"/>,
/// <see cref="Marginal.CountLanes"/>, <see cref="LaneKernels"/>, <see cref="LaneReplicates"/>) with the plain
/// per-replicate loops: bit-identical values in every storage mode of a marginal.</summary>
public sealed class LaneCountingTests
{
    [Theory]
    [InlineData(3000, 4, false, false, "grouped16")] // few cells: rows grouped by cell, ushort row ids
    [InlineData(3000, 400, false, false, "cells16")] // many cells: ushort cell id per row
    [InlineData(3000, 40, true, false, "direct")] // cells computed from the shared byte codes
    [InlineData(3000, 6, true, true, "direct")]
    [InlineData(70_000, 3, false, false, "grouped32")] // rows grouped by cell, int row ids
    [InlineData(70_000, 120, false, true, "cells32")] // more than 65,536 cells: int cell id per row
    public void CountLanes_EveryLayout_TvdEqualsPerReplicateLoop(int rows, int levels, bool direct, bool threeWay, string layout)
    {
        // Arrange
        var input = Input(Categorical(rows, levels, 1), Categorical(rows + 17, levels, 2));
        var encoding = FidelityEncoding.Build(input);
        int[] columns = threeWay ? [0, 1, 2] : [0, 1];
        var marginal = new Marginal(encoding, columns, twentyBins: true, direct ? new ByteCodes(encoding) : null);
        Assert.Equal(layout, marginal.Layout);
        int nR = encoding.RowCounts[Sides.Real], nS = encoding.RowCounts[Sides.Synthetic];
        var lanesR = new ReplicateLanes(nR);
        var lanesS = new ReplicateLanes(nS);
        var context = Context();
        var expected = new double[ReplicateLanes.Width];
        var table = new int[2 * marginal.CellCount];
        for (var l = 0; l < 20; l++)
        {
            var (cr, cs) = (new int[nR], new int[nS]);
            FidelityAnalysis.DrawCounts(context, l, cr, cs);
            Assert.True(lanesR.Set(l, cr) && lanesS.Set(l, cs));
            var (real, synthetic) = (new RowSet(nR), new RowSet(nS));
            real.SetFromCounts(cr);
            synthetic.SetFromCounts(cs);
            expected[l] = marginal.Tvd(Sides.Real, real, Sides.Synthetic, synthetic, table);
        }

        var a = new int[marginal.CellCount * ReplicateLanes.Width];
        var b = new int[a.Length];
        var actual = new double[ReplicateLanes.Width];

        // Act
        marginal.CountLanes(Sides.Real, lanesR, a);
        marginal.CountLanes(Sides.Synthetic, lanesS, b);
        LaneKernels.Tvd(a, lanesR, b, lanesS, marginal.CellCount, actual);

        // Assert: bit-identical per lane; unused lanes are undefined; the tables are left cleared
        for (var l = 0; l < 20; l++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected[l]), BitConverter.DoubleToInt64Bits(actual[l]));
        }

        Assert.True(double.IsNaN(actual[20]));
        Assert.All(a, x => Assert.Equal(0, x));
        Assert.All(b, x => Assert.Equal(0, x));
    }

    [Fact]
    public void Set_MultiplicityAbove255_LaneLeftEmpty()
    {
        // Arrange
        var lanes = new ReplicateLanes(3);

        // Act
        var small = lanes.Set(0, [1, 2, 0]);
        var large = lanes.Set(1, [0, 256, 0]);
        lanes.Remove(0);

        // Assert
        Assert.True(small);
        Assert.False(large);
        Assert.False(lanes.AnyValid);
        Assert.All(lanes.Weights, w => Assert.Equal(0, w));
    }

    [Theory]
    [InlineData(45, 1)]
    [InlineData(45, 2)]
    public void LaneReplicates_Adult_EqualPerReplicateEvaluation(int resamples, int threads)
    {
        // Arrange: 45 replicates = one full block of 32 and a partial one; numeric pairs, missing values, both modes
        var (train, holdout, schema) = Adult(1500);
        var input = new AuditInput(train, holdout, null, schema);
        var context = Context(resamples, threads);
        var encoding = FidelityEncoding.Build(input);
        var plan = new FidelityPlan(encoding, context.RandomFor(MetricIds.KMarginal, "marginals"));
        var evaluator = new FidelityEvaluator(encoding, plan);
        int nR = encoding.RowCounts[Sides.Real], nS = encoding.RowCounts[Sides.Synthetic];
        var replicates = new FidelityStatistics[resamples];

        // Act
        LaneReplicates.Run(encoding, plan, context, replicates, CancellationToken.None);

        // Assert
        for (var r = 0; r < resamples; r++)
        {
            var (cr, cs) = (new int[nR], new int[nS]);
            FidelityAnalysis.DrawCounts(context, r, cr, cs);
            var (real, synthetic) = (new RowSet(nR), new RowSet(nS));
            real.SetFromCounts(cr);
            synthetic.SetFromCounts(cs);
            var expected = evaluator.Evaluate(real, Sides.Synthetic, synthetic);
            AssertBitEqual(expected.Contingency, replicates[r].Contingency);
            AssertBitEqual(expected.MarginalTvd, replicates[r].MarginalTvd);
            AssertBitEqual(expected.Ks, replicates[r].Ks);
            AssertBitEqual(expected.Tvd, replicates[r].Tvd);
            AssertBitEqual(expected.W1, replicates[r].W1);
            AssertBitEqual(expected.PearsonReal, replicates[r].PearsonReal);
            AssertBitEqual(expected.SpearmanOther, replicates[r].SpearmanOther);
            AssertBitEqual(expected.Coverage, replicates[r].Coverage);
        }
    }

    private static void AssertBitEqual(double[] expected, double[] actual) =>
        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), actual.Select(BitConverter.DoubleToInt64Bits));

    /// <summary>Three categorical columns of uniformly drawn levels, about 1 % missing.</summary>
    private static Table Categorical(int rows, int levels, ulong seed)
    {
        var random = new DeterministicRandom(seed);
        var names = Enumerable.Range(0, levels).Select(i => "l" + i).ToArray();
        var columns = new List<Column>();
        foreach (var name in new[] { "a", "b", "c" })
        {
            var codes = new int[rows];
            for (var i = 0; i < rows; i++)
            {
                codes[i] = random.NextInt(100) == 0 ? CategoricalColumn.MissingCode : random.NextInt(levels);
            }

            columns.Add(new CategoricalColumn(name, codes, Levels(names)));
        }

        return new Table("t" + seed, columns);
    }
}
