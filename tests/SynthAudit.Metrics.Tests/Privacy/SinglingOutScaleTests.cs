using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Privacy;

namespace SynthAudit.Metrics.Tests.Privacy;

/// <summary>Singling out on the scale of a verbatim copy of train: a copy is high at any holdout:train ratio.</summary>
public sealed class SinglingOutScaleTests
{
    [Fact]
    public void Compute_CopyOfTrainWithHoldoutOneEighth_IsHighAndAbsoluteKept()
    {
        // Arrange: holdout 1/8 of train, where the absolute risk of a copy cannot exceed about 0.125.
        var (train, holdout, _, schema) = PrivacyTestData.Adult(1600, 200, 10);
        var input = new AuditInput(train, train, holdout, schema);

        // Act
        var result = new SinglingOutRiskMetric(300).Compute(input, PrivacyTestData.Context(), default);

        // Assert
        Assert.Equal("high", GdprAssessment.Assess([result]).Single(g => g.Criterion == "singling_out").Level);
        Assert.True(result.Ci!.Value.Low >= GdprAssessment.HighBound);
        Assert.True(result.Breakdown.Single(b => b.Key == "univariate_absolute").Value < 0.2);
        Assert.Equal(0, result.Baseline);
        Assert.Contains("Bonferroni", result.CiMethod, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_FreshRowsWithHoldoutOneEighth_IsLow()
    {
        // Arrange
        var (train, holdout, fresh, schema) = PrivacyTestData.Adult(1600, 200, 1600);
        var input = new AuditInput(train, fresh, holdout, schema);

        // Act
        var result = new SinglingOutRiskMetric(300).Compute(input, PrivacyTestData.Context(), default);

        // Assert
        Assert.Equal("low", GdprAssessment.Assess([result]).Single(g => g.Criterion == "singling_out").Level);
    }
}
