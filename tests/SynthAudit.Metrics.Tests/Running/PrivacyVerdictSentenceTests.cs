using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Running;

namespace SynthAudit.Metrics.Tests.Running;

/// <summary>The privacy verdict sentence names the largest risk among the criteria of the worst level.</summary>
public sealed class PrivacyVerdictSentenceTests
{
    [Fact]
    public void Build_AllCriteriaHigh_NamesTheLargestRiskWithItsInterval()
    {
        // Arrange: every criterion is high; inference has the largest risk (a copy of train).
        MetricResult[] results =
        [
            MetricResult.Ok(MetricCatalog.SinglingOutRisk, 0.336, new ConfidenceInterval(0.308, 0.364, 0.95), 0.005),
            MetricResult.Ok(MetricCatalog.LinkabilityRisk, 0.824, new ConfidenceInterval(0.807, 0.840, 0.95), 0.001),
            MetricResult.Ok(MetricCatalog.InferenceRisk, 0.995, new ConfidenceInterval(0.991, 1.0, 0.95), 0.75),
        ];

        // Act
        var summary = AuditSummaryBuilder.Build(results);

        // Assert
        var privacy = summary.Families.Single(f => f.Family == MetricFamily.Privacy);
        Assert.Equal("poor", privacy.Verdict);
        Assert.Equal(MetricIds.InferenceRisk, privacy.HeadlineMetricId);
        Assert.Contains("inference at 0.995, 95% CI up to 1.000 (high)", privacy.Sentence, StringComparison.Ordinal);
    }
}
