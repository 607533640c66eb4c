using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Privacy;

namespace SynthAudit.Metrics.Tests.Privacy;

public sealed class GdprAssessmentTests
{
    [Theory]
    [InlineData(0.02, 0.0, 0.08, "low")]
    [InlineData(0.09051397080506232, 0.04084298488993522, 0.14018495672018944, "medium")]
    [InlineData(0.5, 0.3, 0.7, "high")]
    public void Assess_Intervals_GiveLevels(double value, double low, double high, string expected)
    {
        // Arrange
        var result = MetricResult.Ok(MetricCatalog.LinkabilityRisk, value, new ConfidenceInterval(low, high, 0.95));

        // Act
        var levels = GdprAssessment.Assess([result]);

        // Assert
        Assert.Equal(expected, levels.Single(l => l.Criterion == "linkability").Level);
        Assert.Equal("not evaluated", levels.Single(l => l.Criterion == "inference").Level);
    }

    [Fact]
    public void Assess_SinglingOutNearAttainableRisk_IsHigh()
    {
        // Arrange: risk 0.2 [0.16, 0.24] is medium by the bounds, but a copy of train could only reach 0.25 here.
        var result = MetricResult.Ok(MetricCatalog.SinglingOutRisk, 0.2, new ConfidenceInterval(0.16, 0.24, 0.95), 0.01,
        [
            new BreakdownEntry("univariate", 0.2, new ConfidenceInterval(0.16, 0.24, 0.95)),
            new BreakdownEntry("max_attainable_univariate", 0.25),
        ]);

        // Act
        var level = GdprAssessment.Assess([result]).Single(l => l.Criterion == "singling_out");

        // Assert
        Assert.Equal("high", level.Level);
        Assert.Contains("copy of train", level.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Membership_AucIntervalIncludesHalf_NoEvidence()
    {
        // Arrange
        var result = MetricResult.Ok(MetricCatalog.MiaDistanceAuc, 0.51, new ConfidenceInterval(0.49, 0.53, 0.95), 0.5);

        // Act
        var verdict = GdprAssessment.Membership([result]);

        // Assert
        Assert.StartsWith("no evidence", verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Membership_AucAtLeast055ButIntervalNotAboveHalfAfterBonferroni_NoEvidence()
    {
        // Arrange: 0.56 [0.495, 0.625] is no evidence; so is 0.52 [0.502, 0.538] once widened for the larger of two AUCs.
        MetricResult[] results =
        [
            MetricResult.Ok(MetricCatalog.MiaDistanceAuc, 0.52, new ConfidenceInterval(0.502, 0.538, 0.95), 0.5),
            MetricResult.Ok(MetricCatalog.MiaDensityAuc, 0.56, new ConfidenceInterval(0.495, 0.625, 0.95), 0.5),
        ];

        // Act
        var verdict = GdprAssessment.Membership(results);

        // Assert
        Assert.StartsWith("no evidence", verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Membership_IntervalWhollyAboveHalfBelow055_IsWeakEvidence()
    {
        // Arrange: the missed leak: AUC 0.524 [0.512, 0.535] (the old rule said "no evidence" below 0.55).
        var result = MetricResult.Ok(MetricCatalog.MiaDistanceAuc, 0.524, new ConfidenceInterval(0.512, 0.536, 0.95), 0.5);

        // Act
        var verdict = GdprAssessment.Membership([result]);

        // Assert
        Assert.StartsWith("weak membership signal", verdict, StringComparison.Ordinal);
    }
}
