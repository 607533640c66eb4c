using SynthAudit.Metrics.Statistics;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Statistics;

public sealed class QuantilesTests
{
    [Theory]
    [InlineData(0.25, 3.25)]
    [InlineData(0.5, 5.5)]
    [InlineData(0.75, 7.75)]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 10.0)]
    public void Of_OneToTen_MatchesNumpyType7(double p, double expected)
    {
        // Arrange: docs/metrics.md 1.4 example (numpy.quantile default method).
        double[] values = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];

        // Act
        var q = Quantiles.Of(values, p);

        // Assert
        Tolerance.Equal(expected, q);
    }

    [Fact]
    public void Of_IgnoresNaNAndEmptyGivesNaN()
    {
        // Arrange / Act / Assert
        Tolerance.Equal(2.0, Quantiles.Of([double.NaN, 1, 3], 0.5));
        Assert.True(double.IsNaN(Quantiles.Of([double.NaN], 0.5)));
    }

    [Fact]
    public void Percentile_TooManyNaNReplicates_ReturnsNull()
    {
        // Arrange: 10 % NaN exceeds the 5 % allowance of docs/metrics.md 6.1.
        var replicates = Enumerable.Range(0, 100).Select(i => i < 10 ? double.NaN : i).ToArray();

        // Act
        var ci = BootstrapInterval.Percentile(replicates);

        // Assert
        Assert.Null(ci);
    }
}
