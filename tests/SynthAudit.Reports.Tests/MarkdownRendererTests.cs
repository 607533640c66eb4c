using SynthAudit.Reports.Markdown;

namespace SynthAudit.Reports.Tests;

public sealed class MarkdownRendererTests
{
    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;")]
    [InlineData("snake_case *x* `y`", "snake\\_case \\*x\\* \\`y\\`")]
    [InlineData("line1\nline2", "line1 line2")]
    [InlineData("[link](http://x)", "\\[link\\](http://x)")]
    public void Escape_Specials_AreEscaped(string input, string expected)
    {
        // Act / Assert
        Assert.Equal(expected, MarkdownText.Escape(input));
    }

    [Fact]
    public void Render_PipeInUserStrings_KeepsTableColumns()
    {
        // Arrange
        var sample = SampleAudit.Create();
        var result = sample with
        {
            Metrics = [.. sample.Metrics.Select(m => m.Status == Core.Metrics.MetricStatus.Skipped ? m with { Reason = "needs a|b column" } : m)],
        };

        // Act
        var md = Render.Text(new MarkdownRenderer(), result);

        // Assert: every row of the metrics table has exactly 7 unescaped pipes.
        var rows = md.Split('\n').SkipWhile(l => !l.StartsWith("| Metric | Id", StringComparison.Ordinal)).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.Equal(2 + sample.Metrics.Length, rows.Count);
        Assert.All(rows, r => Assert.Equal(7, r.Replace("\\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|')));
        Assert.Contains("needs a\\|b column", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Sample_MatchesSnapshotInEveryCulture()
    {
        // Arrange
        var result = SampleAudit.Create();

        // Act
        var invariant = Render.InCulture("", () => Render.Text(new MarkdownRenderer(), result));
        var german = Render.InCulture("comma", () => Render.Text(new MarkdownRenderer(), result));

        // Assert
        Assert.Equal(invariant, german);
        Assert.Contains("0.934", invariant, StringComparison.Ordinal);
        Snapshot.Verify("audit", "md", invariant);
    }

    [Fact]
    public void RenderComparison_Sample_MatchesSnapshot()
    {
        // Act
        var md = Render.InCulture("comma", () => Render.Text(new MarkdownComparisonRenderer(), SampleAudit.Comparison()));

        // Assert
        Assert.Contains("mst\\|eps=1", md, StringComparison.Ordinal);
        Snapshot.Verify("compare", "md", md);
    }
}
