using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fairness;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fairness;

/// <summary>End to end with the utility family's models on an Adult subsample (target income-per-year, sensitive sex and race).</summary>
[Collection("Adult fairness")]
public sealed class AdultModelFairnessTests
{
    private static readonly Lazy<(Table Real, Table Holdout)> s_sample = new(() =>
        (AdultData.Real.Take([.. Enumerable.Range(0, 1500)]), AdultData.Holdout.Take([.. Enumerable.Range(0, 1200)])));

    private static AuditInput Input(Table synthetic) => new(s_sample.Value.Real, synthetic, s_sample.Value.Holdout, AdultData.Schema);

    [Fact]
    public void ModelMetrics_ColumnsShuffledIndependently_NarrowTheModelGaps()
    {
        // Arrange: a model trained on independent columns cannot tell groups apart through the label.
        var input = Input(FairnessData.ShuffleColumns(s_sample.Value.Real, 3));
        var context = FairnessData.Context(resamples: 100);

        // Act
        var odds = new EqualizedOddsGapMetric().Compute(input, context, CancellationToken.None);
        var amplification = new BiasAmplificationMetric().Compute(input, context, CancellationToken.None);

        // Assert
        Assert.Equal(MetricStatus.Ok, odds.Status);
        Assert.True(odds.Value < 0);
        Assert.NotNull(odds.Ci);
        var trtr = FairnessData.Entry(odds, "sex: TRTR EOD").Value!.Value;
        Assert.True(trtr > 0.05);
        Assert.True(FairnessData.Entry(amplification, "sex: EOD amplification").Value < 0);
        Assert.True(FairnessData.Entry(amplification, "sex: prediction DPD amplification").Value < 0);
        Assert.True(amplification.Value < 0);
    }

    [Fact]
    public void ModelMetrics_ExactCopy_MatchTheRealModel()
    {
        // Arrange
        var input = Input(s_sample.Value.Real);
        var context = FairnessData.Context(resamples: 100);

        // Act
        var odds = new EqualizedOddsGapMetric().Compute(input, context, CancellationToken.None);

        // Assert: TSTR trained on a copy of the real rows is the TRTR model.
        Assert.Equal(MetricStatus.Ok, odds.Status);
        Tolerance.Equal(0, odds.Value!.Value, 1e-12);
        Assert.Contains(odds.Breakdown, e => e.Key == "race x sex: EOD change" || e.Key.StartsWith("race=", StringComparison.Ordinal));
    }
}
