using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fairness;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fairness;

public sealed class FairnessEdgeCaseTests
{
    [Fact]
    public void Compute_ConstantProtectedColumn_SkipsGapsAndReportsNoShareGap()
    {
        // Arrange: every row is in group A.
        var real = FairnessData.Groups("real", [120], [30]);
        var input = FairnessData.Input(real, real, "y", "g");
        var context = FairnessData.Context();

        // Act
        var representation = new RepresentationMetric().Compute(input, context, CancellationToken.None);
        var parity = new ParityGapMetric().Compute(input, context, CancellationToken.None);
        var amplification = new BiasAmplificationMetric().Compute(input, null, context, CancellationToken.None);

        // Assert
        Assert.Equal(0.0, representation.Value);
        Assert.Equal(MetricStatus.Skipped, parity.Status);
        Assert.Equal(MetricStatus.Skipped, amplification.Status);
    }

    [Fact]
    public void Compute_NumericAgeProtectedColumn_IsBandedAndDocumented()
    {
        // Arrange: 100 rows under 25 (10 % positive) and 100 rows aged 45-54 (40 % positive).
        var ages = Enumerable.Range(0, 200).Select(i => i < 100 ? 20.0 + i % 5 : 45.0 + i % 10).ToArray();
        var y = Enumerable.Range(0, 200).Select(i => i < 100 ? (i < 10 ? "1" : "0") : (i < 140 ? "1" : "0")).ToArray<string?>();
        var real = new TableBuilder("real").Numeric("age", ages).Categorical("y", FairnessData.TargetLevels, y).Build();
        var input = FairnessData.Input(real, real, "y", "age");
        var context = FairnessData.Context();

        // Act
        var representation = new RepresentationMetric().Compute(input, context, CancellationToken.None);
        var parity = new ParityGapMetric().Compute(input, context, CancellationToken.None);

        // Assert
        Assert.StartsWith("age bands", FairnessData.Entry(representation, "age: binning").Note, StringComparison.Ordinal);
        Tolerance.Equal(0.3, FairnessData.Entry(parity, "age: real DPD").Value!.Value);
        Assert.Equal(["age=<25", "age=45-54"], parity.Figures[0].Categories.ToArray());
        Assert.Equal(0.0, parity.Value);
    }

    [Fact]
    public void Compute_EmptySynthetic_IsSkipped()
    {
        // Arrange
        var real = FairnessData.Groups("real", [100, 100], [50, 20]);
        var empty = FairnessData.Groups("synthetic", [0, 0], [0, 0]);
        var input = FairnessData.Input(real, empty, "y", "g");

        // Act
        var representation = new RepresentationMetric().Compute(input, FairnessData.Context(), CancellationToken.None);
        var parity = new ParityGapMetric().Compute(input, FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(MetricStatus.Skipped, representation.Status);
        Assert.Equal(MetricStatus.Skipped, parity.Status);
    }
}
