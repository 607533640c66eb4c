using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Privacy;

namespace SynthAudit.Metrics.Tests.Privacy;

/// <summary>The attack settings reach the attacks: linkability columns and k, inference secrets.</summary>
public sealed class AttackOptionsTests
{
    [Fact]
    public void Linkability_DeclaredColumnsAndK_AreUsedAndReported()
    {
        // Arrange
        var (train, holdout, _, schema) = PrivacyTestData.Adult(600, 300, 10);
        var options = new AttackOptions { Attacks = 200, LinkColumnsA = ["age", "sex", "race"], LinkColumnsB = ["education", "hours-per-week"], LinkNeighbors = 10 };

        // Act
        var result = new LinkabilityRiskMetric(options).Compute(new AuditInput(train, train, holdout, schema), PrivacyTestData.Context(), default);

        // Assert
        Assert.Equal(MetricStatus.Ok, result.Status);
        Assert.Equal("dataset A: age, race, sex", result.Breakdown.Single(b => b.Key == "columns_a").Note);
        Assert.Equal(10, result.Breakdown.Single(b => b.Key == "neighbors").Value);
        Assert.Equal(0, result.Baseline);
        Assert.True(result.Value > 0.1);
    }

    [Fact]
    public void Inference_DeclaredSecrets_OnlyThoseAndNamed()
    {
        // Arrange
        var (train, holdout, fresh, schema) = PrivacyTestData.Adult(600, 300, 300);
        var options = new AttackOptions { Attacks = 200, InferenceSecrets = ["race", "sex"] };

        // Act
        var result = new InferenceRiskMetric(options).Compute(new AuditInput(train, fresh, holdout, schema), PrivacyTestData.Context(), default);

        // Assert
        Assert.Contains("the declared inference secrets: race, sex", result.Breakdown.Single(b => b.Key == "targets").Note, StringComparison.Ordinal);
        Assert.Contains(result.Breakdown, b => b.Key == "sex_naive_rate");
        Assert.DoesNotContain(result.Breakdown, b => b.Key == "age");
        Assert.Contains("Bonferroni", result.CiMethod, StringComparison.Ordinal);
    }
}
