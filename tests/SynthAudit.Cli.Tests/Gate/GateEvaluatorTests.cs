using SynthAudit.Auditing.Gating;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Cli.Tests.Gate;

public sealed class GateEvaluatorTests
{
    private static GateRule Min(string metric, double bound, bool? failInconclusive = null) => new(metric, GateBound.Min, bound, failInconclusive, 3);

    private static GateRule Max(string metric, double bound, bool? failInconclusive = null) => new(metric, GateBound.Max, bound, failInconclusive, 3);

    [Theory]
    [InlineData(0.80, "Pass")]          // low 0.82 > 0.80
    [InlineData(0.82, "Inconclusive")]  // low == bound: not strictly above
    [InlineData(0.85, "Inconclusive")]
    [InlineData(0.88, "Fail")]          // high == bound: FAIL (CiHigh <= min)
    [InlineData(0.90, "Fail")]
    public void Evaluate_MinBound_ComparesWithTheInterval(double bound, string expected)
    {
        // Arrange
        var metric = AuditFiles.Ok(MetricCatalog.QualityScore, 0.85, 0.82, 0.88);

        // Act
        var result = GateEvaluator.Evaluate(Min("fidelity.quality_score", bound), metric);

        // Assert
        Assert.Equal(Enum.Parse<GateOutcome>(expected), result.Outcome);
    }

    [Theory]
    [InlineData(0.2, "Pass", false)]          // docs/metrics.md 6.3 example: CiHigh 0.1402 < 0.2
    [InlineData(0.1, "Inconclusive", true)]   // point estimate below 0.1 but not demonstrably: privacy fails
    [InlineData(0.03, "Fail", true)]          // CiLow 0.0408 >= 0.03
    [InlineData(0.14018495672018944, "Inconclusive", true)] // high == bound: not strictly below
    [InlineData(0.04084298488993522, "Fail", true)] // low == bound: FAIL (CiLow >= max)
    public void Evaluate_MaxBound_MetricsDocExample(double bound, string expected, bool fails)
    {
        // Arrange: anonymeter example 1, risk 0.0905 with CI [0.0408, 0.1402]
        var metric = AuditFiles.Ok(MetricCatalog.SinglingOutRisk, 0.09051397080506232, 0.04084298488993522, 0.14018495672018944);

        // Act
        var result = GateEvaluator.Evaluate(Max("privacy.singling_out_risk", bound), metric);

        // Assert
        Assert.Equal(Enum.Parse<GateOutcome>(expected), result.Outcome);
        Assert.Equal(fails, result.CountsAsFailure);
    }

    [Fact]
    public void Evaluate_InconclusiveFidelity_PassesWithWarning()
    {
        // Arrange
        var metric = AuditFiles.Ok(MetricCatalog.QualityScore, 0.85, 0.82, 0.88);

        // Act
        var result = GateEvaluator.Evaluate(Min("fidelity.quality_score", 0.84), metric);

        // Assert
        Assert.Equal(GateOutcome.Inconclusive, result.Outcome);
        Assert.False(result.CountsAsFailure);
        Assert.Contains("pass with a warning", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Evaluate_InconclusiveOverride_WinsOverFamilyDefault(bool failInconclusive, bool expectedFailure)
    {
        // Arrange: a fidelity gate (default pass) and a privacy gate (default fail), both inconclusive
        var fidelity = AuditFiles.Ok(MetricCatalog.QualityScore, 0.85, 0.82, 0.88);
        var privacy = AuditFiles.Ok(MetricCatalog.MiaDistanceAuc, 0.55, 0.50, 0.60);

        // Act
        var f = GateEvaluator.Evaluate(Min("fidelity.quality_score", 0.84, failInconclusive), fidelity);
        var p = GateEvaluator.Evaluate(Max("privacy.mia_distance_auc", 0.58, failInconclusive), privacy);

        // Assert
        Assert.Equal(GateOutcome.Inconclusive, f.Outcome);
        Assert.Equal(GateOutcome.Inconclusive, p.Outcome);
        Assert.Equal(expectedFailure, f.CountsAsFailure);
        Assert.Equal(expectedFailure, p.CountsAsFailure);
    }

    [Fact]
    public void Evaluate_NoInterval_UsesValueForBothEndsAndSaysSo()
    {
        // Arrange
        var metric = AuditFiles.Ok(MetricCatalog.ExactMatchRate, 0.02);

        // Act
        var pass = GateEvaluator.Evaluate(Max("privacy.exact_match_rate", 0.05), metric);
        var fail = GateEvaluator.Evaluate(Max("privacy.exact_match_rate", 0.02), metric);

        // Assert
        Assert.Equal(GateOutcome.Pass, pass.Outcome);
        Assert.Equal(GateOutcome.Fail, fail.Outcome);
        Assert.False(pass.HasInterval);
        Assert.Equal(0.02, pass.Low);
        Assert.Equal(0.02, pass.High);
        Assert.Contains("no CI (value used for both ends)", GateText.Line(pass), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InconclusivePrivacy_SuggestsMoreHoldoutRowsWithFactor()
    {
        // Arrange: value 0.55, bound 0.58, upper half-width 0.05 -> (0.05 / 0.03)^2 = 2.8x as many rows
        var metric = AuditFiles.Ok(MetricCatalog.MiaDistanceAuc, 0.55, 0.50, 0.60);

        // Act
        var result = GateEvaluator.Evaluate(Max("privacy.mia_distance_auc", 0.58), metric);

        // Assert
        Assert.Contains("2.8x as many holdout rows", result.Message, StringComparison.Ordinal);
        Assert.Contains("not shown to be safe", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InconclusiveAttackRisk_SuggestsMoreAttacks()
    {
        // Arrange
        var metric = AuditFiles.Ok(MetricCatalog.SinglingOutRisk, 0.09051397080506232, 0.04084298488993522, 0.14018495672018944);

        // Act
        var result = GateEvaluator.Evaluate(Max("privacy.singling_out_risk", 0.1), metric);

        // Assert
        Assert.Contains("as many attacks", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InconclusiveWithPointOnFailingSide_SaysMoreDataLikelyFails()
    {
        // Arrange
        var metric = AuditFiles.Ok(MetricCatalog.QualityScore, 0.79, 0.75, 0.83);

        // Act
        var result = GateEvaluator.Evaluate(Min("fidelity.quality_score", 0.80), metric);

        // Assert
        Assert.Equal(GateOutcome.Inconclusive, result.Outcome);
        Assert.Contains("more likely confirm a FAIL", result.Message, StringComparison.Ordinal);
    }
}
