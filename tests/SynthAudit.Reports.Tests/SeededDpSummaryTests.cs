using SynthAudit.Reports.Html;

namespace SynthAudit.Reports.Tests;

/// <summary>A seeded generator run must never be summarised as differentially private.</summary>
public sealed class SeededDpSummaryTests
{
    [Fact]
    public void Render_SeededDpRun_SummarySaysNoGuarantee()
    {
        // Arrange
        var sample = SampleAudit.Create();
        var seeded = sample with { DpGuarantee = sample.DpGuarantee! with { Seed = 1 } };

        // Act
        var html = Render.Text(new HtmlRenderer(), seeded);

        // Assert
        Assert.DoesNotContain("carries a differential-privacy guarantee", html, StringComparison.Ordinal);
        Assert.Contains("carries NO differential-privacy guarantee", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnseededDpRun_SummaryStatesTheGuarantee()
    {
        // Act
        var html = Render.Text(new HtmlRenderer(), SampleAudit.Create());

        // Assert
        Assert.Contains("carries a differential-privacy guarantee: (1.000, 1E-6)-DP from MST", html, StringComparison.Ordinal);
    }
}
