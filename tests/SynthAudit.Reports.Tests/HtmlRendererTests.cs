using SynthAudit.Reports.Html;

namespace SynthAudit.Reports.Tests;

public sealed class HtmlRendererTests
{
    [Fact]
    public void Render_HostileColumnName_IsEscapedEverywhere()
    {
        // Arrange
        var result = SampleAudit.Create(SampleAudit.HostileName);

        // Act
        var html = Render.Text(new HtmlRenderer(), result);

        // Assert
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"q\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("& b", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &#x27;a&#x27; &amp; b|c", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Sample_IsSelfContained()
    {
        // Act
        var html = Render.Text(new HtmlRenderer(), SampleAudit.Create());

        // Assert: nothing is loaded from anywhere; the only URL is the SVG namespace.
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(html.Split("://").Length - 1, html.Split("http://www.w3.org/2000/svg").Length - 1);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Sample_HasEverySectionSkippedReasonsAndCharts()
    {
        // Act
        var html = Render.Text(new HtmlRenderer(), SampleAudit.Create());

        // Assert
        foreach (var title in new[] { "1. Summary", "2. Provenance", "3. Data and schema", "4. Fidelity", "5. Utility", "6. Bias and fairness", "7. Privacy", "8. Methods" })
        {
            Assert.Contains("<h2>" + title + "</h2>", html, StringComparison.Ordinal);
        }

        Assert.Contains("skipped: needs a binary target with both classes in every group", html, StringComparison.Ordinal);
        Assert.Equal(9, html.Split("<svg ").Length - 1);
        Assert.Contains("45 CFR 164.514(b)(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("is GDPR-anonymous", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_FamilyWithNothingEvaluated_SaysSo()
    {
        // Arrange
        var sample = SampleAudit.Create();
        var result = sample with
        {
            Metrics = [.. sample.Metrics.Select(m => m.Metric.Family == Core.Metrics.MetricFamily.Utility ? Core.Metrics.MetricResult.Skipped(m.Metric, "needs --target") : m)],
        };

        // Act
        var html = Render.Text(new HtmlRenderer(), result);

        // Assert
        Assert.Contains("Nothing in this family was evaluated: needs --target.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Sample_MatchesSnapshotInEveryCulture()
    {
        // Arrange
        var result = SampleAudit.Create();

        // Act
        var invariant = Render.InCulture("", () => Render.Text(new HtmlRenderer(), result));
        var german = Render.InCulture("comma", () => Render.Text(new HtmlRenderer(), result));

        // Assert
        Assert.Equal(invariant, german);
        Snapshot.Verify("audit", "html", invariant);
    }

    [Fact]
    public void RenderComparison_Sample_MatchesSnapshot()
    {
        // Act
        var html = Render.InCulture("comma", () => Render.Text(new HtmlComparisonRenderer(), SampleAudit.Comparison()));

        // Assert
        Assert.Contains("mst|eps=1", html, StringComparison.Ordinal);
        Assert.Contains("Pareto frontier", html, StringComparison.Ordinal);
        Snapshot.Verify("compare", "html", html);
    }
}
