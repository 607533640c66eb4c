using SynthAudit.Metrics.Statistics;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Statistics;

public sealed class WilsonIntervalTests
{
    [Fact]
    public void CentreAndHalfWidth_ThirtyOfHundred_MatchesMetricsDoc()
    {
        // Arrange / Act: docs/metrics.md section 6.2
        var (centre, half) = WilsonInterval.CentreAndHalfWidth(30, 100);
        var ci = WilsonInterval.Of(30, 100);

        // Assert
        Tolerance.Equal(0.30739869964139716, centre, 1e-12);
        Tolerance.Equal(0.08844984669206953, half, 1e-12);
        Tolerance.Equal(0.21894885294932764, ci!.Value.Low, 1e-12);
        Tolerance.Equal(0.39584854633346667, ci.Value.High, 1e-12);
    }

    [Fact]
    public void CentreAndHalfWidth_ZeroOfTwoHundred_MatchesAnonymeterExample()
    {
        // Arrange / Act: docs/metrics.md 4.5 example 3: 0 of 200 gives 0.009422663188633287 ± the same.
        var (centre, half) = WilsonInterval.CentreAndHalfWidth(0, 200);

        // Assert
        Tolerance.Equal(0.009422663188633287, centre, 1e-12);
        Tolerance.Equal(0.009422663188633287, half, 1e-12);
    }

    [Fact]
    public void Of_NoTrials_ReturnsNull()
    {
        // Arrange / Act
        var ci = WilsonInterval.Of(0, 0);

        // Assert
        Assert.Null(ci);
    }
}
