using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Privacy;
using SynthAudit.Metrics.Running;

namespace SynthAudit.Metrics.Tests.Privacy;

/// <summary>Where the membership finding is said: once with its numbers (<c>Summary.Membership</c>), and as a short phrase in
/// the privacy family row, so page 1 does not print the same sentence twice.</summary>
public sealed class MembershipSentenceTests
{
    [Fact]
    public void FreshRows_FamilyRowHasTheShortPhrase_MembershipLineHasTheNumbers()
    {
        // Arrange: the "synthetic" rows are real rows the generator never saw.
        var (train, holdout, fresh, schema) = PrivacyTestData.Adult(3000, 1500, 1500);
        var input = new AuditInput(train, fresh, holdout, schema);
        var result = new MiaDistanceAucMetric().Compute(input, PrivacyTestData.Context(), default);

        // Act
        var summary = AuditSummaryBuilder.Build([result]);
        var privacy = summary.Families.Single(f => f.Family == MetricFamily.Privacy);

        // Assert
        Assert.EndsWith("Membership inference: no evidence of membership leakage.", privacy.Sentence, StringComparison.Ordinal);
        Assert.NotNull(summary.Membership);
        Assert.StartsWith("no evidence of membership leakage (", summary.Membership, StringComparison.Ordinal);
        Assert.Contains("the AUC interval reaches 0.5", summary.Membership, StringComparison.Ordinal);
    }
}
