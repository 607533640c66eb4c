using SynthAudit.Core.Metrics;
using SynthAudit.Reports.Text;

namespace SynthAudit.Reports.Tests;

/// <summary>Counts in breakdown tables read as counts (k = 3, not 3.000); scores keep their decimals.</summary>
public sealed class BreakdownValueFormatTests
{
    [Theory]
    [InlineData(3.0, "3")]
    [InlineData(200.0, "200")]
    [InlineData(3000.0, "3,000")]
    [InlineData(1.0, "1.000")]
    [InlineData(0.0, "0.000")]
    [InlineData(746.385, "746.4")]
    public void BreakdownValue_PlainEntry_FormatsCountsWithoutDecimals(double value, string expected)
    {
        // Act
        var text = ReportFormat.BreakdownValue(new BreakdownEntry("k", value));

        // Assert
        Assert.Equal(expected, text);
    }

    [Fact]
    public void BreakdownValue_EntryWithIntervalOrBaseline_KeepsScoreFormat()
    {
        // Act
        var withCi = ReportFormat.BreakdownValue(new BreakdownEntry("x", 3.0, new ConfidenceInterval(2, 4, 0.95)));
        var withBaseline = ReportFormat.BreakdownValue(new BreakdownEntry("x", 2.0, Baseline: 1));

        // Assert
        Assert.Equal("3.000", withCi);
        Assert.Equal("2.000", withBaseline);
    }
}
