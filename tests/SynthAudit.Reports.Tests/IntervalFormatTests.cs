using SynthAudit.Core.Metrics;
using SynthAudit.Reports.Text;

namespace SynthAudit.Reports.Tests;

/// <summary>One rule for every interval: both ends with the decimals that give two significant digits of the width, at
/// least three below 10, no exponent (issue 18: "[0.000, 0.0006759]", "[3.3E-8, 0.002]").</summary>
public sealed class IntervalFormatTests
{
    [Theory]
    [InlineData(0.0, 0.0006759, "[0.00000, 0.00068]")]
    [InlineData(3.3e-8, 0.002, "[0.0000, 0.0020]")]
    [InlineData(0.0, 0.0001685, "[0.00000, 0.00017]")]
    [InlineData(0.946, 0.956, "[0.946, 0.956]")]
    [InlineData(0.785, 0.795, "[0.785, 0.795]")]
    [InlineData(0.0, 0.136, "[0.000, 0.136]")]
    [InlineData(-0.181, -0.047, "[-0.181, -0.047]")]
    [InlineData(12.547, 13.591, "[12.5, 13.6]")]
    [InlineData(846.1, 898.77, "[846, 899]")]
    [InlineData(12345.0, 17890.0, "[12,345, 17,890]")]
    [InlineData(1.0, 1.0, "[1.000, 1.000]")]
    [InlineData(0.0, 0.0, "[0.000, 0.000]")]
    [InlineData(-1e-9, 0.5, "[0.000, 0.500]")]
    public void Interval_Bounds_FormatsWithWidthPrecision(double low, double high, string expected)
    {
        // Act
        var text = ReportFormat.Interval(new ConfidenceInterval(low, high, 0.95));

        // Assert
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(0.00012, 0.0, 0.0006759, "0.00012")]
    [InlineData(12.976, 12.547, 13.591, "13.0")]
    [InlineData(0.794, 0.785, 0.795, "0.794")]
    public void Value_WithInterval_UsesTheIntervalsDecimals(double value, double low, double high, string expected)
    {
        // Act
        var text = ReportFormat.Value(value, new ConfidenceInterval(low, high, 0.95));

        // Assert
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Interval_Missing_IsADash()
    {
        // Act
        var text = ReportFormat.Interval(null);

        // Assert
        Assert.Equal(ReportFormat.Missing, text);
    }
}
