using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Fairness;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fairness;

/// <summary>End to end with the utility family's models on an Adult subsample (target income-per-year, sensitive sex and race).</summary>
public sealed class AdultModelFairnessTests
{
    private static readonly Lazy<(Table Real, Table Holdout, TableSchema Schema)> s_adult = new(() =>
    {
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var holdout = CsvTableReader.Read(Fixtures.Path("adult", "holdout.csv"));
        var schema = SchemaInference.Infer(real, new SchemaOptions { Target = "income-per-year", Sensitive = ["sex", "race"] }).Schema;
        var aligned = TableAligner.Align(schema, real, holdout: holdout);
        return (aligned.Real.Take([.. Enumerable.Range(0, 2500)]), aligned.Holdout!.Take([.. Enumerable.Range(0, 2000)]), schema);
    });

    private static AuditInput Input(Table synthetic) => new(s_adult.Value.Real, synthetic, s_adult.Value.Holdout, s_adult.Value.Schema);

    [Fact]
    public void ModelMetrics_ColumnsShuffledIndependently_NarrowTheModelGaps()
    {
        // Arrange: a model trained on independent columns cannot tell groups apart through the label.
        var input = Input(FairnessData.ShuffleColumns(s_adult.Value.Real, 3));
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
        var input = Input(s_adult.Value.Real);
        var context = FairnessData.Context(resamples: 100);

        // Act
        var odds = new EqualizedOddsGapMetric().Compute(input, context, CancellationToken.None);

        // Assert: TSTR trained on a copy of the real rows is the TRTR model.
        Assert.Equal(MetricStatus.Ok, odds.Status);
        Tolerance.Equal(0, odds.Value!.Value, 1e-12);
        Assert.Contains(odds.Breakdown, e => e.Key == "race x sex: EOD change" || e.Key.StartsWith("race=", StringComparison.Ordinal));
    }
}
