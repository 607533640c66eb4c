using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fairness;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fairness;

public sealed class ParityGapMetricTests
{
    private static AuditInput WorkedExample() =>
        FairnessData.Input(
            FairnessData.Groups("real", [100, 50], [50, 20]),
            FairnessData.Groups("synthetic", [100, 100], [55, 35]),
            "y", "g");

    [Fact]
    public void Compute_WorkedExample_ReturnsPointOneWithDisparateImpactChecks()
    {
        // Arrange: docs/metrics.md 5.2 (real 0.5/0.4, synthetic 0.55/0.35).
        var input = WorkedExample();

        // Act
        var result = new ParityGapMetric().Compute(input, FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(MetricStatus.Ok, result.Status);
        Tolerance.Equal(0.1, result.Value!.Value);
        Tolerance.Equal(0.1, FairnessData.Entry(result, "g: real DPD").Value!.Value);
        Tolerance.Equal(0.2, FairnessData.Entry(result, "g: synthetic DPD").Value!.Value);
        var realRatio = FairnessData.Entry(result, "g: real DPR");
        var syntheticRatio = FairnessData.Entry(result, "g: synthetic DPR");
        Tolerance.Equal(0.8, realRatio.Value!.Value);
        Assert.Contains("passes", realRatio.Note, StringComparison.Ordinal);
        Tolerance.Equal(0.6363636363636364, syntheticRatio.Value!.Value);
        Assert.Contains("fails", syntheticRatio.Note, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Contains("four-fifths", StringComparison.Ordinal));
        Assert.NotNull(result.Ci);
        Assert.True(result.Ci!.Value.Contains(0.1));
    }

    [Fact]
    public void Compute_WorkedExample_GroupRatesCarryWilsonIntervals()
    {
        // Arrange
        var input = WorkedExample();

        // Act
        var result = new ParityGapMetric().Compute(input, FairnessData.Context(), CancellationToken.None);

        // Assert: Wilson 20/50 as docs/metrics.md 6.2 defines it.
        var entry = FairnessData.Entry(result, "g=B: real positive rate");
        Tolerance.Equal(0.4, entry.Value!.Value);
        var (centre, half) = SynthAudit.Metrics.Statistics.WilsonInterval.CentreAndHalfWidth(20, 50);
        Tolerance.Equal(centre - half, entry.Ci!.Value.Low);
        Tolerance.Equal(centre + half, entry.Ci!.Value.High);
        var figure = Assert.Single(result.Figures);
        Assert.Equal(FigureKind.Bars, figure.Kind);
        Assert.Equal(["g=A", "g=B"], figure.Categories.ToArray());
        Tolerance.Equal(0.35, figure.Series[1].Y[1]);
    }

    [Fact]
    public void Compute_ExactCopy_ReturnsZero()
    {
        // Arrange
        var real = FairnessData.Groups("real", [300, 200], [180, 40]);
        var input = FairnessData.Input(real, real, "y", "g");

        // Act
        var result = new ParityGapMetric().Compute(input, FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(0.0, result.Value);
        Assert.True(result.Ci!.Value.Contains(0));
    }

    [Fact]
    public void Compute_KnownDisparity_ReturnsKnownChange()
    {
        // Arrange: real rates 0.6/0.2 (DPD 0.4), synthetic 0.7/0.1 (DPD 0.6).
        var real = FairnessData.Groups("real", [500, 500], [300, 100]);
        var synthetic = FairnessData.Groups("synthetic", [400, 600], [280, 60]);
        var input = FairnessData.Input(real, synthetic, "y", "g");

        // Act
        var result = new ParityGapMetric().Compute(input, FairnessData.Context(), CancellationToken.None);

        // Assert
        Tolerance.Equal(0.2, result.Value!.Value);
        Assert.True(result.Ci!.Value.Low > 0.1 && result.Ci.Value.High < 0.3);
    }

    [Fact]
    public void Compute_ColumnsShuffledIndependently_ErasesTheDisparity()
    {
        // Arrange: real DPD 0.4; shuffling each column breaks the g-y link.
        var real = FairnessData.Groups("real", [1000, 1000], [600, 200]);
        var synthetic = FairnessData.ShuffleColumns(real, 11);
        var input = FairnessData.Input(real, synthetic, "y", "g");

        // Act
        var result = new ParityGapMetric().Compute(input, FairnessData.Context(), CancellationToken.None);

        // Assert
        Tolerance.Equal(-0.4, result.Value!.Value, 0.08);
        Assert.True(result.Ci!.Value.High < 0);
        Assert.True(FairnessData.Entry(result, "g: synthetic DPD").Value < 0.08);
    }

    [Fact]
    public void Compute_SameSeedOneOrTwoThreads_GivesIdenticalResults()
    {
        // Arrange
        var input = WorkedExample();

        // Act
        var one = new ParityGapMetric().Compute(input, FairnessData.Context(threads: 1), CancellationToken.None);
        var two = new ParityGapMetric().Compute(input, FairnessData.Context(threads: 2), CancellationToken.None);

        // Assert
        Assert.Equal(one.Value, two.Value);
        Assert.Equal(one.Ci, two.Ci);
        Assert.Equal(one.Breakdown.ToArray(), two.Breakdown.ToArray());
    }

    [Fact]
    public void Compute_ShuffledRows_ChangesNothing()
    {
        // Arrange
        var real = FairnessData.Groups("real", [300, 200], [180, 40]);
        var synthetic = FairnessData.Groups("synthetic", [250, 250], [120, 80]);
        var shuffled = synthetic.Take(new Core.Randomness.DeterministicRandom(3).Permutation(synthetic.RowCount));

        // Act
        var a = new ParityGapMetric().Compute(FairnessData.Input(real, synthetic, "y", "g"), FairnessData.Context(), CancellationToken.None);
        var b = new ParityGapMetric().Compute(FairnessData.Input(real, shuffled, "y", "g"), FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(a.Value, b.Value);
        Assert.Equal(a.Ci, b.Ci);
    }

    [Fact]
    public void Compute_SmallGroup_IsPooledAndNotUsedForGaps()
    {
        // Arrange: group C has 10 real rows and a rate of 1 that would dominate the gap.
        var real = FairnessData.Groups("real", [100, 100, 10], [50, 40, 10]);
        var input = FairnessData.Input(real, real, "y", "g");

        // Act
        var result = new ParityGapMetric().Compute(input, FairnessData.Context(), CancellationToken.None);

        // Assert
        Tolerance.Equal(0.1, FairnessData.Entry(result, "g: real DPD").Value!.Value);
        Assert.Contains("pooled", FairnessData.Entry(result, "g: (other): real positive rate").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NonBinaryTarget_IsSkippedWithReason()
    {
        // Arrange: g used as the target has three classes.
        var real = FairnessData.Groups("real", [40, 40, 40], [10, 10, 10]);
        var input = FairnessData.Input(real, real, "g", "y");

        // Act
        var result = new ParityGapMetric().Compute(input, FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(MetricStatus.Skipped, result.Status);
        Assert.Contains("not binary", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_OneUsableGroup_IsSkippedWithCounts()
    {
        // Arrange
        var real = FairnessData.Groups("real", [100, 20], [50, 10]);
        var input = FairnessData.Input(real, real, "y", "g");

        // Act
        var result = new ParityGapMetric().Compute(input, FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(MetricStatus.Skipped, result.Status);
        Assert.Contains("fewer than two", result.Reason, StringComparison.Ordinal);
        Assert.NotEmpty(result.Breakdown);
    }
}
