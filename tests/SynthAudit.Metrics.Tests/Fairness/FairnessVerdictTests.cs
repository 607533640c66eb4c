using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fairness;
using SynthAudit.Metrics.Running;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fairness;

/// <summary>The fairness headline agrees with its breakdown (issue 12): the same interval, a reversal named as such, and the
/// verdict taken from the interval.</summary>
public sealed class FairnessVerdictTests
{
    [Fact]
    public void Headline_TwoGroupingsOfOppositeSign_HasItsGroupingsOwnIntervalAndSaysReverses()
    {
        // Arrange: g goes from A 0.6 > B 0.2 to A 0.27 < B 0.53 (change -0.137, reversed); h from no gap to +0.13.
        var real = TwoGroupings("real", [(250, 150), (250, 150), (250, 50), (250, 50)]);
        var synthetic = TwoGroupings("synthetic", [(250, 100), (250, 35), (250, 133), (250, 133)]);
        var input = FairnessData.Input(real, synthetic, "y", "g", "h");

        // Act
        var result = new BiasAmplificationMetric().Compute(input, null, FairnessData.Context(), CancellationToken.None);
        var verdict = AuditSummaryBuilder.Build([result]).Families.Single(f => f.Family == MetricFamily.Fairness);

        // Assert
        var row = FairnessData.Entry(result, "g: label DPD amplification");
        Tolerance.Equal(-0.136, result.Value!.Value, 0.002);
        Assert.Equal(row.Value, result.Value);
        Assert.Equal(row.Ci, result.Ci);
        Assert.True(result.Ci!.Value.High < 0, "the headline interval must exclude 0 as its breakdown row does");
        Assert.Contains("reverses (significant", FairnessData.Entry(result, "headline: label DPD amplification").Note, StringComparison.Ordinal);
        Assert.Equal("poor", verdict.Verdict);
        Assert.True(verdict.Sentence.StartsWith("The synthetic data reverses the real disparity by g (real g=A > g=B, synthetic g=A < g=B)", StringComparison.Ordinal), verdict.Sentence);
        Assert.Contains("significant", verdict.Sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("narrows", verdict.Sentence, StringComparison.Ordinal);
        Assert.Equal(result.Ci, verdict.Ci);
    }

    [Theory]
    [InlineData(-0.137, -0.178, -0.056, "poor")]
    [InlineData(-0.137, -0.178, 0.102, "fair")]
    [InlineData(0.02, -0.01, 0.05, "good")]
    [InlineData(0.09, -0.01, 0.10, "good")]
    [InlineData(0.04, 0.01, 0.07, "good")]
    [InlineData(0.08, 0.06, 0.10, "poor")]
    [InlineData(0.03, -0.12, 0.15, "fair")]
    public void Level_ComesFromTheInterval(double value, double low, double high, string expected)
    {
        // Act
        var level = FairnessVerdict.Level(value, new ConfidenceInterval(low, high, 0.95));

        // Assert
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData(0.04, "good")]
    [InlineData(-0.08, "fair")]
    [InlineData(0.2, "poor")]
    public void Level_WithoutInterval_UsesThePointEstimate(double value, string expected) =>
        Assert.Equal(expected, FairnessVerdict.Level(value, null));

    /// <summary>Cells (g, h) = (A, X), (A, Y), (B, X), (B, Y), each with its rows and positives.</summary>
    private static Table TwoGroupings(string name, (int Rows, int Positives)[] cells)
    {
        string[] gs = ["A", "A", "B", "B"];
        string[] hs = ["X", "Y", "X", "Y"];
        var g = new List<string?>();
        var h = new List<string?>();
        var y = new List<string?>();
        for (var c = 0; c < cells.Length; c++)
        {
            for (var r = 0; r < cells[c].Rows; r++)
            {
                g.Add(gs[c]);
                h.Add(hs[c]);
                y.Add(r < cells[c].Positives ? "1" : "0");
            }
        }

        return new TableBuilder(name).Categorical("g", ["A", "B"], [.. g]).Categorical("h", ["X", "Y"], [.. h])
            .Categorical("y", FairnessData.TargetLevels, [.. y]).Build();
    }
}
