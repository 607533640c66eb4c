using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Pgm;

namespace SynthAudit.Generation.Tests;

/// <summary>Merging sparse levels and decoding merged levels from noisy 1-way counts (issue 14; docs/dp-generator.md 3, 4.8).</summary>
public sealed class LevelGroupsTests
{
    [Fact]
    public void CompressOrdered_SparseBins_MergesAdjacentRunsAndKeepsMissingApart()
    {
        // Arrange: five bins (threshold 30) and a missing level; hand calculation: runs {0,1} (10+25), {2} (40), {3,4} (5+3 joins
        // the run before it, being short at the end) → {2,3,4}.
        var oneWay = new NoisyMarginal([0], [10, 25, 40, 5, 3, 50], 10);

        // Act
        var (measurement, map, groups) = DomainCompression.CompressOrdered(oneWay, 30, 5);

        // Assert
        Assert.Equal([0, 0, 1, 1, 1, 2], map);
        Assert.Equal([[0, 1], [2, 3, 4], [5]], groups!);
        Assert.Equal([35.0, 48, 50], measurement.Values);
        Assert.Equal([0.5, 1.0 / 3, 1], measurement.CellWeights!);
    }

    [Fact]
    public void DecodeWeights_Categorical_DropsMembersBelowTheThresholdAndFallsBackToTheLargestCategory()
    {
        // Arrange: sd 10, threshold 25; group {1, 2, 3} has 30, 20, −4; group {4} (a category merged alone) has 12.
        var oneWay = new NoisyMarginal([0], [500, 30, 20, -4, 12], 10);

        // Act
        var (groups, weights) = LevelGroups.DecodeWeights([[0], [1, 2, 3], [4]], oneWay, ordered: false, extras: []);

        // Assert
        Assert.Equal([[0], [1], [0]], groups);
        Assert.Equal([[1.0], [30.0], [1.0]], weights);
    }

    [Fact]
    public void DecodeWeights_Ordered_WeighsBinsByTheirClippedNoisyCounts()
    {
        // Arrange
        var oneWay = new NoisyMarginal([0], [10, -3, 20, -1, -2], 10);

        // Act
        var (groups, weights) = LevelGroups.DecodeWeights([[0, 1, 2], [3, 4]], oneWay, ordered: true, extras: []);

        // Assert: negative counts weigh 0; a run whose counts are all ≤ 0 is decoded uniformly.
        Assert.Equal([[0, 1, 2], [3, 4]], groups);
        Assert.Equal([[10.0, 0, 20], [1.0, 1]], weights);
    }

    [Fact]
    public void Combined_TwoMeasurements_InverseVarianceMeanPerLevel()
    {
        // Arrange: column 0 (2 levels) measured alone (sd 10) and with column 1 (2 levels, sd 10: each level sums 2 cells,
        // variance 200). Hand calculation, level 0: (100/100 + 90/200) / (1/100 + 1/200) = 96.67, sd sqrt(1/0.015) = 8.165.
        var sizes = new[] { 2, 2 };
        NoisyMarginal[] measurements = [new([0], [100, 5], 10), new([0, 1], [40, 50, 3, -1], 10)];

        // Act
        var (estimate, sd) = LevelExclusion.Combined(0, sizes, measurements);

        // Assert
        Assert.Equal(96.6667, estimate![0], 3);
        Assert.Equal((5 / 100.0 + 2 / 200.0) / 0.015, estimate[1], 6);
        Assert.Equal(Math.Sqrt(1 / 0.015), sd[0], 6);
    }

    [Fact]
    public void Apply_LevelIndistinguishableFromZero_GetsNoMassAndOthersKeepTheTotal()
    {
        // Arrange: one column, levels 800, 190, 3 (sd 10): the third is below 2.5 sd.
        var sizes = new[] { 3 };
        NoisyMarginal[] measurements = [new([0], [800, 190, 3], 10)];
        var model = MirrorDescentEstimator.Fit(sizes, measurements, 500);

        // Act
        var (result, excluded) = LevelExclusion.Apply(model, measurements, [true], [Array.Empty<int>()]);

        // Assert
        Assert.Equal([2], excluded[0]);
        var marginal = result.Marginal([0]);
        Assert.True(marginal[2] < 1e-9);
        Assert.Equal(model.Total, marginal.Sum(), 6);
        Assert.True(marginal[1] > 150);
    }
}
