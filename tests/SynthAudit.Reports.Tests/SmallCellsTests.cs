using SynthAudit.Core.Metrics;
using SynthAudit.Reports.Building;
using SynthAudit.Reports.Html;
using SynthAudit.Reports.Markdown;

namespace SynthAudit.Reports.Tests;

public sealed class SmallCellsTests
{
    [Theory]
    [InlineData("n=7", 7)]
    [InlineData("insufficient data (n = 3)", 3)]
    [InlineData("n_real=12", 12)]
    [InlineData("n=9,123", 9123)]
    [InlineData("1,234 real rows", 1234)]
    [InlineData("pooled: fewer than 30 rows", 30)]
    [InlineData("skipped: constant column", null)]
    public void DeclaredCount_Note_ReadsTheCount(string note, int? expected)
    {
        // Act / Assert
        Assert.Equal(expected, SmallCells.DeclaredCount(note));
    }

    [Fact]
    public void Pool_SmallGroups_AreMergedIntoOther()
    {
        // Arrange
        BreakdownEntry[] entries = [new("a", 0.5, Note: "n=100"), new("b", 0.1, Note: "n=4"), new("c", 0.2, Note: "9 rows"), new("d", 0.3)];

        // Act
        var pooled = SmallCells.Pool([.. entries]);

        // Assert
        Assert.Equal(["a", "d", SmallCells.OtherLabel], pooled.Select(e => e.Key));
        Assert.Null(pooled[^1].Value);
        Assert.Contains("2 groups", pooled[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_SmallGroup_NeverShowsItsName()
    {
        // Arrange: the sample's representation breakdown has race=Amer-Indian-Eskimo with n=7.
        var result = SampleAudit.Create();

        // Act
        var html = Render.Text(new HtmlRenderer(), result);
        var md = Render.Text(new MarkdownRenderer(), result);

        // Assert
        Assert.DoesNotContain("Amer-Indian-Eskimo", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Amer-Indian-Eskimo", md, StringComparison.Ordinal);
        Assert.Contains("(other)", html, StringComparison.Ordinal);
    }
}
