using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fairness;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fairness;

public sealed class BiasAmplificationMetricTests
{
    [Fact]
    public void Compute_WorkedExamples_ReturnsPointOneAndPointOneNine()
    {
        // Arrange: docs/metrics.md 5.4 (label DPD 0.2 − 0.1; model EOD 0.39 − 0.2).
        var predictions = FairnessPredictions.WorkedExample();
        var input = FairnessData.InputWithHoldout(
            FairnessData.Groups("real", [100, 50], [50, 20]),
            FairnessData.Groups("synthetic", [100, 100], [55, 35]),
            predictions.Evaluation, "y", "g");

        // Act
        var result = new BiasAmplificationMetric().Compute(input, predictions, FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(MetricStatus.Ok, result.Status);
        Tolerance.Equal(0.1, result.Value!.Value);
        Tolerance.Equal(2.0, FairnessData.Entry(result, "g: label DPD ratio").Value!.Value);
        Tolerance.Equal(0.19, FairnessData.Entry(result, "g: EOD amplification").Value!.Value);
        Tolerance.Equal(1.95, FairnessData.Entry(result, "g: EOD ratio").Value!.Value);
        Assert.Equal(0.0, FairnessData.Entry(result, "g: disparity direction flipped").Value);
    }

    [Fact]
    public void Compute_ColumnsShuffledIndependently_ReportsSignificantNarrowing()
    {
        // Arrange
        var real = FairnessData.Groups("real", [1000, 1000], [600, 200]);
        var input = FairnessData.Input(real, FairnessData.ShuffleColumns(real, 5), "y", "g");

        // Act
        var result = new BiasAmplificationMetric().Compute(input, null, FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.True(result.Value < -0.3);
        Assert.True(result.Ci!.Value.High < 0);
        // Shuffling erases the 0.4 gap; this sample leaves B 0.044 above A (z = 2.0), so the word is "reverses", never
        // "widens"; either way the headline is significant.
        Assert.Matches("(narrows|reverses) \\(significant", FairnessData.Entry(result, "headline: label DPD amplification").Note);
        Assert.Contains(EqualizedOddsGapMetric.NeedsModelsReason, FairnessData.Entry(result, "model-level amplification").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_ExactCopy_ReturnsZero()
    {
        // Arrange
        var real = FairnessData.Groups("real", [300, 200], [180, 40]);

        // Act
        var result = new BiasAmplificationMetric().Compute(FairnessData.Input(real, real, "y", "g"), null, FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(0.0, result.Value);
        Assert.True(result.Ci!.Value.Contains(0));
    }

    [Fact]
    public void Compute_ReversedDisparity_FlagsTheFlip()
    {
        // Arrange: real A 0.6 > B 0.4; synthetic A 0.45 < B 0.55 (|DPD| shrinks from 0.2 to 0.1).
        var real = FairnessData.Groups("real", [500, 500], [300, 200]);
        var synthetic = FairnessData.Groups("synthetic", [500, 500], [225, 275]);

        // Act
        var result = new BiasAmplificationMetric().Compute(FairnessData.Input(real, synthetic, "y", "g"), null, FairnessData.Context(), CancellationToken.None);

        // Assert
        Tolerance.Equal(-0.1, result.Value!.Value);
        Assert.Equal(1.0, FairnessData.Entry(result, "g: disparity direction flipped").Value);
        Assert.Contains(result.Warnings, w => w.Contains("reverses", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_NoTarget_IsSkipped()
    {
        // Arrange
        var real = FairnessData.Groups("real", [300, 200], [180, 40]);

        // Act
        var result = new BiasAmplificationMetric().Compute(FairnessData.Input(real, real, null, "g"), FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(MetricStatus.Skipped, result.Status);
        Assert.Equal("needs --target", result.Reason);
    }
}
