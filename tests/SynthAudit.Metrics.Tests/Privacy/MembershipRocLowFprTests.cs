using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Privacy;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Privacy;

public sealed class MembershipRocLowFprTests
{
    [Fact]
    public void Result_Breakdown_HasTprAtLowFprWithClopperPearsonIntervals()
    {
        // Arrange: docs/metrics.md 4.4a scores (members [0, -1, -2], non-members [-1, -3, -4]); at FPR ≤ 10 % no non-member
        // may be called, so only the top member (score 0) is: TPR 1/3 (k = 1 of n = 3).
        double[] members = [-0.0, -1, -2];
        double[] nonMembers = [-1, -3, -4];

        // Act
        var result = MembershipRoc.Result(MetricCatalog.MiaDistanceAuc, members, nonMembers, 0.95, [], []);

        // Assert
        var keys = result.Breakdown.Select(b => b.Key).ToList();
        Assert.Contains("tpr_at_fpr_0.001", keys);
        Assert.Contains("tpr_at_fpr_0.01", keys);
        var tpr10 = result.Breakdown.Single(b => b.Key == "tpr_at_fpr_0.1");
        Tolerance.Equal(1.0 / 3, tpr10.Value!.Value);
        Assert.NotNull(tpr10.Ci);
        // k = 1 of n = 3: P(X ≥ 1; L) = 1 − (1 − L)³ = 0.025 gives L = 1 − 0.975^(1/3).
        Tolerance.Equal(1 - Math.Pow(0.975, 1.0 / 3), tpr10.Ci!.Value.Low, 1e-12);
        Tolerance.Equal(0.1, tpr10.Baseline!.Value);
    }
}
