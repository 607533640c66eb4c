using SynthAudit.Core.Csv;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Fairness;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fairness;

public sealed class AdultFairnessTests
{
    private static readonly Lazy<(AlignedTables Tables, TableSchema Schema)> s_adult = new(() =>
    {
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var holdout = CsvTableReader.Read(Fixtures.Path("adult", "holdout.csv"));
        var schema = Schema(real);
        return (TableAligner.Align(schema, real, synthetic: real, holdout: holdout), schema);
    });

    private static TableSchema Schema(CsvFile real) =>
        SchemaInference.Infer(real, new SchemaOptions { Target = "income-per-year", Sensitive = ["sex", "race"] }).Schema;

    private static AuditInput Input(Core.Data.Table synthetic) =>
        new(s_adult.Value.Tables.Real, synthetic, s_adult.Value.Tables.Holdout, s_adult.Value.Schema);

    [Fact]
    public void LabelMetrics_ExactCopy_ReturnZeroGaps()
    {
        // Arrange
        var input = Input(s_adult.Value.Tables.Real);
        var context = FairnessData.Context();

        // Act
        var representation = new RepresentationMetric().Compute(input, context, CancellationToken.None);
        var parity = new ParityGapMetric().Compute(input, context, CancellationToken.None);
        var amplification = new BiasAmplificationMetric().Compute(input, null, context, CancellationToken.None);

        // Assert
        Assert.Equal(0.0, representation.Value);
        Assert.Equal(0.0, parity.Value);
        Assert.Equal(0.0, amplification.Value);
        Assert.Contains(">50K", FairnessData.Entry(parity, "positive class").Note, StringComparison.Ordinal);
        Assert.Contains(parity.Breakdown, e => e.Key == "race x sex: real DPD");
    }

    [Fact]
    public void LabelMetrics_ColumnsShuffledIndependently_SayTheDisparityIsErased()
    {
        // Arrange: an independent-marginals "generator".
        var input = Input(FairnessData.ShuffleColumns(s_adult.Value.Tables.Real, 42));
        var context = FairnessData.Context();

        // Act
        var representation = new RepresentationMetric().Compute(input, context, CancellationToken.None);
        var parity = new ParityGapMetric().Compute(input, context, CancellationToken.None);
        var amplification = new BiasAmplificationMetric().Compute(input, null, context, CancellationToken.None);

        // Assert: the marginal shares survive, the sex disparity (about 0.2 on Adult) does not.
        Assert.True(FairnessData.Entry(representation, "sex: TVD").Value < 0.01);
        var sexReal = FairnessData.Entry(parity, "sex: real DPD").Value!.Value;
        Assert.InRange(sexReal, 0.15, 0.25);
        Tolerance.Equal(-sexReal, FairnessData.Entry(parity, "sex: DPD change").Value!.Value, 0.03);
        var headline = parity.Breakdown[0];
        Assert.True(parity.Value < -0.15);
        Assert.Equal(headline.Value, parity.Value);
        Assert.True(parity.Ci!.Value.High < 0);
        Assert.Equal(parity.Value, amplification.Value);
        Assert.True(amplification.Ci!.Value.High < 0);
    }
}
