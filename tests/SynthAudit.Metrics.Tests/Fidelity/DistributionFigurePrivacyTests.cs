using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity;
using SynthAudit.Testing;
using static SynthAudit.Metrics.Tests.Fidelity.FidelityTestData;

namespace SynthAudit.Metrics.Tests.Fidelity;

/// <summary>The distribution charts show the full range under the small-cell rule: no value of one real record as a bin
/// edge, open-ended tail bins labelled, no bin or bar with 1 to 9 real rows, integer bins for integer columns, a bar for
/// missing values and at most 10 named levels (issue 18).</summary>
public sealed class DistributionFigurePrivacyTests
{
    [Fact]
    public void Histogram_SmallTableWithOutliers_PoolsTailsIntoLabelledBins()
    {
        // Arrange: 101 rows with two extreme records at each end.
        double[] extremes = [3.17, 4.21, 980.5, 987.65];
        var values = new List<double>(extremes);
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
        Assert.DoesNotContain(edges, e => extremes.Contains(e));
        Assert.StartsWith("< ", figure.Categories[0], StringComparison.Ordinal);
        Assert.StartsWith("≥ ", figure.Categories[^1], StringComparison.Ordinal);
        AssertNoSmallBins(values, figure);
    }

    [Fact]
    public void Histogram_IntegerAges_ShowFullRangeWithWholeNumberBins()
    {
        // Arrange: ages 17..90, 30 rows each, so nothing is pooled.
        var ages = Enumerable.Range(17, 74).SelectMany(a => Enumerable.Repeat((double)a, 30)).ToArray();
        var real = new TableBuilder().Numeric("age", ages).Build();

        // Act
        var figure = Assert.Single(Run(new KsComplementMetric(), Input(real, real)).Figures);

        // Assert: width 5 (74 values / 20 bins, rounded up to a whole nice number), edges on multiples of 5, 90 inside.
        var edges = figure.Series[0].X;
        Assert.Equal(15, edges[0]);
        Assert.Equal(95, edges[^1]);
        Assert.All(edges.Zip(edges.Skip(1)), p => Assert.Equal(5, p.Second - p.First));
        Assert.All(figure.Categories, c => Assert.Equal(string.Empty, c));
        Assert.Equal("age (bin width 5)", figure.XLabel);
    }

    [Fact]
    public void Histogram_FewRecordsFarOut_NeverShowsThemAsTheirOwnBin()
    {
        // Arrange: 1,000 rows between 0 and 99 and 5 rows near 1,000 (fewer than 10: pooled, not shown on their own).
        var values = Enumerable.Range(0, 1000).Select(i => (double)(i % 100)).Concat([990, 995, 1000, 1001, 1003]).ToList();
        var real = new TableBuilder().Numeric("x", [.. values]).Build();

        // Act
        var figure = Assert.Single(Run(new KsComplementMetric(), Input(real, real)).Figures);

        // Assert
        AssertNoSmallBins(values, figure);
        Assert.StartsWith("≥ ", figure.Categories[^1], StringComparison.Ordinal);
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

    [Fact]
    public void Bars_ManyLevelsAndMissing_ShowTop10OtherAndMissing()
    {
        // Arrange: 30 levels of 20 rows each (L00 the most frequent), and 50 missing.
        var values = new List<string?>();
        for (var k = 0; k < 30; k++)
        {
            values.AddRange(Enumerable.Repeat<string?>("L" + k.ToString("00", System.Globalization.CultureInfo.InvariantCulture), k == 0 ? 100 : 20));
        }

        values.AddRange(Enumerable.Repeat<string?>(null, 50));
        var real = new TableBuilder().Categorical("c", [.. values]).Build();

        // Act
        var figure = Assert.Single(Run(new TvComplementMetric(), Input(real, real)).Figures);

        // Assert
        Assert.Equal(12, figure.Categories.Length);
        Assert.Equal("L00", figure.Categories[0]);
        Assert.Equal("(other: 20 levels)", figure.Categories[10]);
        Assert.Equal("(missing)", figure.Categories[11]);
        Assert.Equal(50.0 / values.Count, figure.Series[0].Y[11], 12);
        Assert.Equal(1.0, figure.Series[0].Y.Sum(), 12);
    }

    /// <summary>Every bin holds 0 or at least 10 real rows (counted from the data with the drawn edges; tail bins open-ended).</summary>
    private static void AssertNoSmallBins(List<double> values, FigureData figure)
    {
        var edges = figure.Series[0].X;
        for (var b = 0; b + 1 < edges.Length; b++)
        {
            var low = b == 0 && figure.Categories[0].Length > 0 ? double.NegativeInfinity : edges[b];
            var high = b + 2 == edges.Length && figure.Categories[^1].Length > 0 ? double.PositiveInfinity : edges[b + 1];
            var count = values.Count(v => v >= low && v < high);
            Assert.True(count == 0 || count >= 10, $"bin {b} [{low}, {high}) holds {count} real rows");
        }
    }
}
