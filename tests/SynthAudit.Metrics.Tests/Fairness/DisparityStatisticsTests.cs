using SynthAudit.Metrics.Fairness;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fairness;

public sealed class DisparityStatisticsTests
{
    [Fact]
    public void ParityDifference_WorkedExampleReal_ReturnsPointOneAndPassesFourFifths()
    {
        // Arrange: docs/metrics.md 5.2, real A 50/100, B 20/50.
        double[] rates = [50.0 / 100, 20.0 / 50];

        // Act
        var dpd = DisparityStatistics.ParityDifference(rates);
        var dpr = DisparityStatistics.ParityRatio(rates);

        // Assert
        Tolerance.Equal(0.1, dpd);
        Tolerance.Equal(0.8, dpr);
        Assert.True(DisparityStatistics.PassesFourFifths(dpr));
        Assert.True(DisparityStatistics.PassesFourFifths(0.4 / 0.5));
    }

    [Fact]
    public void ParityDifference_WorkedExampleSynthetic_ReturnsPointTwoAndFailsFourFifths()
    {
        // Arrange: docs/metrics.md 5.2, synthetic A 0.55, B 0.35.
        double[] rates = [0.55, 0.35];

        // Act
        var dpd = DisparityStatistics.ParityDifference(rates);
        var dpr = DisparityStatistics.ParityRatio(rates);

        // Assert
        Tolerance.Equal(0.2, dpd);
        Tolerance.Equal(0.6363636363636364, dpr);
        Assert.False(DisparityStatistics.PassesFourFifths(dpr));
    }

    [Fact]
    public void EqualizedOdds_WorkedExample_ReturnsPointTwoAndPointThreeNine()
    {
        // Arrange: docs/metrics.md 5.3.
        GroupConfusion[] trtr = [new(40, 10, 10, 40), new(12, 8, 6, 24)];
        GroupConfusion[] tstr = [new(42, 8, 12, 38), new(9, 11, 5, 25)];

        // Act
        var a = DisparityStatistics.EqualizedOdds(trtr);
        var b = DisparityStatistics.EqualizedOdds(tstr);

        // Assert
        Tolerance.Equal(0.2, a.EqualizedOdds);
        Tolerance.Equal(0.2, a.TprGap);
        Tolerance.Equal(0.0, a.FprGap);
        Tolerance.Equal(0.39, b.EqualizedOdds);
        Tolerance.Equal(0.39, b.TprGap);
        Tolerance.Equal(0.07333333333333333, b.FprGap);
        Tolerance.Equal(0.19, b.EqualizedOdds - a.EqualizedOdds);
        Tolerance.Equal(0.16666666666666666, tstr[1].FalsePositiveRate);
    }

    [Fact]
    public void ParityDifference_OneGroup_ReturnsNaN()
    {
        // Arrange
        double[] rates = [0.3];

        // Act
        var dpd = DisparityStatistics.ParityDifference(rates);

        // Assert
        Assert.True(double.IsNaN(dpd));
        Assert.True(double.IsNaN(DisparityStatistics.ParityRatio([0.0, 0.0])));
    }
}
