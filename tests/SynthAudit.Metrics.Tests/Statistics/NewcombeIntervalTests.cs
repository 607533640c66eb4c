using SynthAudit.Metrics.Statistics;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Statistics;

public sealed class NewcombeIntervalTests
{
    [Theory]
    [InlineData(56, 70, 48, 80, 0.0524, 0.3339)]
    [InlineData(9, 10, 3, 10, 0.1705, 0.8090)]
    [InlineData(5, 56, 0, 29, -0.0381, 0.1926)]
    public void Of_NewcombeTableII_MatchesMethod10(int k1, int n1, int k2, int n2, double low, double high)
    {
        // Arrange: Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method 10 (hybrid score).

        // Act
        var (difference, ci) = NewcombeInterval.Of(k1, n1, k2, n2)!.Value;

        // Assert
        Tolerance.Equal((double)k1 / n1 - (double)k2 / n2, difference, 1e-12);
        Tolerance.Equal(low, ci.Low, 1e-4);
        Tolerance.Equal(high, ci.High, 1e-4);
    }

    [Fact]
    public void Of_EmptySample_IsNull()
    {
        // Arrange / Act / Assert
        Assert.Null(NewcombeInterval.Of(0, 0, 1, 10));
    }
}
