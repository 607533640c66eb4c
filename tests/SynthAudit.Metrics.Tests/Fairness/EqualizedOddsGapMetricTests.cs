using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fairness;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fairness;

public sealed class EqualizedOddsGapMetricTests
{
    private static AuditInput InputFor(Core.Data.Table evaluation) =>
        FairnessData.InputWithHoldout(evaluation, evaluation, evaluation, "y", "g");

    [Fact]
    public void Compute_WorkedExample_ReturnsPointThreeNineMinusPointTwo()
    {
        // Arrange: docs/metrics.md 5.3.
        var predictions = FairnessPredictions.WorkedExample();
        var input = InputFor(predictions.Evaluation);

        // Act
        var result = new EqualizedOddsGapMetric().Compute(input, predictions, FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(MetricStatus.Ok, result.Status);
        Tolerance.Equal(0.19, result.Value!.Value);
        Tolerance.Equal(0.2, FairnessData.Entry(result, "g: TRTR EOD").Value!.Value);
        Tolerance.Equal(0.39, FairnessData.Entry(result, "g: TSTR EOD").Value!.Value);
        Tolerance.Equal(0.2, FairnessData.Entry(result, "g: TRTR equal-opportunity difference").Value!.Value);
        Tolerance.Equal(0.39, FairnessData.Entry(result, "g: TSTR equal-opportunity difference").Value!.Value);
        Assert.Contains("FPR gap 0.0733", FairnessData.Entry(result, "g: TSTR EOD").Note, StringComparison.Ordinal);
        Tolerance.Equal(0.16666666666666666, FairnessData.Entry(result, "g=B: TSTR FPR").Value!.Value);
        Tolerance.Equal(0.45, FairnessData.Entry(result, "g=B: TSTR TPR").Value!.Value);
        Assert.NotNull(FairnessData.Entry(result, "g=A: TRTR AUC").Ci);
        Assert.True(result.Ci!.Value.Contains(0.19));
    }

    [Fact]
    public void Compute_SameScoresForBothModels_ReturnsZero()
    {
        // Arrange
        var p = FairnessPredictions.WorkedExample();
        var same = p with { TstrScores = p.TrtrScores };

        // Act
        var result = new EqualizedOddsGapMetric().Compute(InputFor(p.Evaluation), same, FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(0.0, result.Value);
        Assert.Equal(0.0, result.Ci!.Value.Low);
        Assert.Equal(0.0, result.Ci!.Value.High);
    }

    [Fact]
    public void Compute_GroupWithTooFewPositives_IsListedAndNotUsed()
    {
        // Arrange: group C has 40 rows but only 3 positives.
        var p = FairnessPredictions.Build(
            new FairnessPredictions.GroupCounts(50, 50, 40, 10, 42, 12),
            new FairnessPredictions.GroupCounts(20, 30, 12, 6, 9, 5),
            new FairnessPredictions.GroupCounts(3, 37, 3, 0, 0, 30));

        // Act
        var result = new EqualizedOddsGapMetric().Compute(InputFor(p.Evaluation), p, FairnessData.Context(), CancellationToken.None);

        // Assert
        Tolerance.Equal(0.19, result.Value!.Value);
        Assert.Contains("insufficient data", FairnessData.Entry(result, "g=C: holdout rows").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NoUtilityModels_IsSkippedWithReason()
    {
        // Arrange: a three-class target has no binary utility models.
        var real = FairnessData.Groups("real", [40, 40, 40], [10, 10, 10]);
        var input = FairnessData.InputWithHoldout(real, real, real, "g", "y");

        // Act
        var result = new EqualizedOddsGapMetric().Compute(input, FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(MetricStatus.Skipped, result.Status);
        Assert.StartsWith(EqualizedOddsGapMetric.NeedsModelsReason, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_SameSeedOneOrTwoThreads_GivesIdenticalIntervals()
    {
        // Arrange
        var p = FairnessPredictions.WorkedExample();

        // Act
        var one = new EqualizedOddsGapMetric().Compute(InputFor(p.Evaluation), p, FairnessData.Context(threads: 1), CancellationToken.None);
        var two = new EqualizedOddsGapMetric().Compute(InputFor(p.Evaluation), p, FairnessData.Context(threads: 2), CancellationToken.None);

        // Assert
        Assert.Equal(one.Ci, two.Ci);
        Assert.Equal(one.Breakdown.ToArray(), two.Breakdown.ToArray());
    }
}
