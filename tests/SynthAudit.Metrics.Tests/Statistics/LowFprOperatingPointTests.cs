using SynthAudit.Metrics.Statistics;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Statistics;

public sealed class LowFprOperatingPointTests
{
    // Two members (0.9, 0.7) and eight non-members (0.8 and below), ordered by score.
    private static readonly double[] s_scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05];
    private static readonly bool[] s_labels = [true, false, true, false, false, false, false, false, false, false];

    [Theory]
    [InlineData(0.001)]
    [InlineData(0.01)]
    [InlineData(0.1)]
    public void At_NoFalsePositiveAllowed_StopsAboveTheFirstNonMember(double fpr)
    {
        // Arrange: ⌊fpr·8⌋ = 0 false positives allowed, so only the 0.9 member is called: TPR 1/2,
        // Clopper–Pearson [1 − √0.975, √0.975].
        // Act
        var point = LowFprOperatingPoint.At(s_scores, s_labels, fpr);

        // Assert
        Assert.Equal(1, point.TruePositives);
        Assert.Equal(0, point.FalsePositives);
        Assert.Equal(2, point.Positives);
        Assert.Equal(8, point.Negatives);
        Tolerance.Equal(0.9, point.Threshold);
        Tolerance.Equal(0.5, point.Tpr);
        Tolerance.Equal(0.012579117093425074, point.TprCi!.Value.Low, 1e-12);
        Tolerance.Equal(0.9874208829065749, point.TprCi!.Value.High, 1e-12);
    }

    [Fact]
    public void At_TwoFalsePositivesAllowed_FindsBothMembers()
    {
        // Arrange: ⌊0.25·8⌋ = 2; the threshold 0.6 calls 0.9, 0.8, 0.7, 0.6 (two non-members), TPR 2/2, L = 0.025^(1/2).
        // Act
        var point = LowFprOperatingPoint.At(s_scores, s_labels, 0.25);

        // Assert
        Assert.Equal(2, point.TruePositives);
        Assert.Equal(2, point.FalsePositives);
        Tolerance.Equal(0.6, point.Threshold);
        Tolerance.Equal(1, point.Tpr);
        Tolerance.Equal(0.15811388300841897, point.TprCi!.Value.Low, 1e-12);
        Tolerance.Equal(1, point.TprCi!.Value.High, 0);
    }

    [Fact]
    public void At_NonMemberOnTop_CallsNobody()
    {
        // Arrange: four members under a non-member with the top score; at FPR 1 % nothing can be called: TPR 0/4,
        // U = 1 − 0.025^(1/4).
        double[] scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.1];
        bool[] labels = [false, true, true, true, true, false];

        // Act
        var point = LowFprOperatingPoint.At(scores, labels, 0.01);

        // Assert
        Assert.Equal(0, point.TruePositives);
        Assert.True(double.IsPositiveInfinity(point.Threshold));
        Tolerance.Equal(0, point.Tpr);
        Tolerance.Equal(0.6023646356164747, point.TprCi!.Value.High, 1e-12);
    }

    [Fact]
    public void At_TiedScoresStraddlingTheLimit_AreCalledTogetherOrNotAtAll()
    {
        // Arrange: a member and a non-member tie at the top; with no false positive allowed neither is called.
        double[] scores = [0.9, 0.9, 0.5, 0.1];
        bool[] labels = [true, false, true, false];

        // Act
        var point = LowFprOperatingPoint.At(scores, labels, 0.1);

        // Assert
        Assert.Equal(0, point.TruePositives);
        Assert.Equal(0, point.FalsePositives);
    }
}
