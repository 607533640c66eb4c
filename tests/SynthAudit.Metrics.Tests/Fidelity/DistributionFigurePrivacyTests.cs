using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity;
using SynthAudit.Testing;
using static SynthAudit.Metrics.Tests.Fidelity.FidelityTestData;

namespace SynthAudit.Metrics.Tests.Fidelity;

/// <summary>The distribution histograms never show a value of one real record as a bin edge.</summary>
public sealed class DistributionFigurePrivacyTests
{
    [Fact]
    public void Histogram_SmallTableWithOutliers_EdgesAreNoSingleRealValue()
    {
        // Arrange: 101 rows, so the plain 1st/99th percentiles are exactly the single records 4.21 and 980.5.
        var values = new List<double> { 3.17, 4.21, 980.5, 987.65 };
        for (var i = 0; i < 97; i++)
        {
            values.Add(100 + (i * 7.3));
        }

        var real = new TableBuilder().Numeric("x", [.. values]).Build();

        // Act
        var result = Run(new KsComplementMetric(), Input(real, real));

        // Assert
        var figure = Assert.Single(result.Figures);
        var edges = figure.Series[0].X;
        Assert.DoesNotContain(edges, e => values.Contains(e));
        Assert.True(edges[0] > 4.21 && edges[^1] < 980.5);
    }

    [Fact]
    public void Histogram_FewerThanTwentyRealRows_IsOmitted()
    {
        // Arrange
        var real = new TableBuilder().Numeric("x", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).Build();

        // Act
        var result = Run(new KsComplementMetric(), Input(real, real));

        // Assert
        Assert.Empty(result.Figures);
    }
}
