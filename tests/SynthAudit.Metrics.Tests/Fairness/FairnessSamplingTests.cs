using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fairness;

namespace SynthAudit.Metrics.Tests.Fairness;

/// <summary>Issue 17 (QA): the model-based fairness metrics read the utility models, which large tables fit on a seeded
/// sample; the metrics state that sample in <see cref="MetricResult.Sampling"/> like TSTR does (docs/metrics.md 6.6).</summary>
public sealed class FairnessSamplingTests
{
    private static readonly SampleSize[] s_training = [new("TRTR model training rows", 100_000, 2_000_000), new("TSTR model training rows", 100_000, 2_000_000)];

    [Fact]
    public void Compute_ModelsFittedOnASample_StateTheSample()
    {
        // Arrange: the worked example's scores, as if the models had been fitted on 100,000 of 2,000,000 rows.
        var predictions = FairnessPredictions.WorkedExample() with { TrainingSampling = [.. s_training] };
        var input = FairnessData.InputWithHoldout(
            FairnessData.Groups("real", [100, 50], [50, 20]),
            FairnessData.Groups("synthetic", [100, 100], [55, 35]),
            predictions.Evaluation, "y", "g");

        // Act
        var odds = new EqualizedOddsGapMetric().Compute(input, predictions, FairnessData.Context(), CancellationToken.None);
        var amplification = new BiasAmplificationMetric().Compute(input, predictions, FairnessData.Context(), CancellationToken.None);
        var labelsOnly = new BiasAmplificationMetric().Compute(input, null, FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(MetricStatus.Ok, odds.Status);
        Assert.Equal(s_training, odds.Sampling.ToArray());
        Assert.Equal(s_training, amplification.Sampling.ToArray());
        Assert.Empty(labelsOnly.Sampling);
    }

    [Fact]
    public void Compute_ModelsFittedOnEveryRow_StateNoSample()
    {
        // Arrange
        var predictions = FairnessPredictions.WorkedExample();
        var input = FairnessData.InputWithHoldout(predictions.Evaluation, predictions.Evaluation, predictions.Evaluation, "y", "g");

        // Act
        var odds = new EqualizedOddsGapMetric().Compute(input, predictions, FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.Empty(odds.Sampling);
    }
}
