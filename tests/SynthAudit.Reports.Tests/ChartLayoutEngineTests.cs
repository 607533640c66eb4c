using System.Text;
using SynthAudit.Core.Metrics;
using SynthAudit.Reports.Charts;

namespace SynthAudit.Reports.Tests;

public sealed class ChartLayoutEngineTests
{
    [Theory]
    [InlineData(0, 0.93, 0, 1, 0.2)]
    [InlineData(0, 8700, 0, 10000, 2000)]
    [InlineData(-0.03, 0.07, -0.04, 0.08, 0.02)]
    [InlineData(17, 89, 0, 100, 20)]
    public void NiceScale_Range_UsesOneTwoFiveSteps(double low, double high, double min, double max, double step)
    {
        // Act
        var scale = NiceScale.For(low, high, 5);

        // Assert
        Assert.Equal(min, scale.Min, 9);
        Assert.Equal(max, scale.Max, 9);
        Assert.Equal(step, scale.Step, 9);
    }

    [Fact]
    public void NiceScale_DegenerateRange_IsWidened()
    {
        // Act
        var scale = NiceScale.For(0.5, 0.5);

        // Assert
        Assert.True(scale.Min < 0.5 && scale.Max > 0.5);
        Assert.All(scale.Ticks(), t => Assert.True(double.IsFinite(t)));
    }

    [Fact]
    public void Layout_EveryFigureKind_DrawsDataPrimitivesInsideTheChart()
    {
        // Arrange
        var figures = SampleAudit.Create().Metrics.SelectMany(m => m.Figures).ToList();
        Assert.Equal(Enum.GetValues<FigureKind>().Length - 1, figures.Select(f => f.Kind).Distinct().Count());
        figures.Add(SynthAudit.Reports.Building.ComparisonReportBuilder.TradeOffFigure(SampleAudit.Comparison()));

        foreach (var figure in figures)
        {
            // Act
            var chart = ChartLayoutEngine.Layout(figure, 480);

            // Assert
            Assert.True(chart.Height > 60, figure.Id);
            Assert.Contains(chart.Primitives, p => p is RectPrimitive or PolylinePrimitive or CirclePrimitive);
            Assert.DoesNotContain(chart.Primitives.OfType<TextPrimitive>(), t => t.Text == "no data to draw");
            foreach (var p in chart.Primitives)
            {
                var (x, y) = p switch
                {
                    LinePrimitive l => (Math.Max(l.X1, l.X2), Math.Max(l.Y1, l.Y2)),
                    RectPrimitive r => (r.X + r.Width, r.Y + r.Height),
                    CirclePrimitive c => (c.X, c.Y),
                    TextPrimitive t when t.Rotation == 0 => (t.X, t.Y),
                    _ => (0.0, 0.0),
                };
                Assert.InRange(x, -0.01, chart.Width + 0.01);
                Assert.InRange(y, -0.01, chart.Height + 0.01);
            }
        }
    }

    [Fact]
    public void Layout_GroupedBars_DrawsOneBarPerValue()
    {
        // Arrange
        var figure = new FigureData("f", "Shares", FigureKind.Bars, "group", "share", ["a", "b", "c"],
            [new FigureSeries("real", [], [0.5, 0.3, 0.2]), new FigureSeries("synthetic", [], [0.4, 0.4, 0.2])]);

        // Act
        var chart = ChartLayoutEngine.Layout(figure, 400);

        // Assert: 6 bars plus 2 legend swatches.
        Assert.Equal(8, chart.Primitives.OfType<RectPrimitive>().Count());
        Assert.Contains(chart.Primitives.OfType<TextPrimitive>(), t => t.Text == "synthetic");
    }

    [Fact]
    public void Layout_NoFiniteData_SaysSo()
    {
        // Arrange
        var figure = new FigureData("f", "Empty", FigureKind.Lines, "x", "y", [], [new FigureSeries("s", [0, 1], [double.NaN, double.NaN])]);

        // Act
        var chart = ChartLayoutEngine.Layout(figure, 400);

        // Assert
        Assert.Contains(chart.Primitives.OfType<TextPrimitive>(), t => t.Text == "no data to draw");
    }

    [Fact]
    public void SvgChartWriter_HostileTitle_IsEscaped()
    {
        // Arrange
        var figure = new FigureData("f", SampleAudit.HostileName, FigureKind.Bars, "x", "y", [SampleAudit.HostileName], [new FigureSeries("s", [], [1])]);
        var sb = new StringBuilder();

        // Act
        SvgChartWriter.Write(ChartLayoutEngine.Layout(figure, 400), sb);

        // Assert
        Assert.DoesNotContain("<script>", sb.ToString(), StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", sb.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Palette_FirstSeries_AreOkabeItoBlueAndOrange()
    {
        // Assert
        Assert.Equal("#0072b2", Palette.Series(0).Hex);
        Assert.Equal("#e69f00", Palette.Series(1).Hex);
        Assert.Equal(Palette.Series(0), Palette.Series(8));
    }

    [Fact]
    public void Layout_IntersectionalBarLabels_AreNotTruncated()
    {
        // Arrange: the longest race x sex group label of the Adult audit.
        const string label = "race=Amer-Indian-Eskimo, sex=Female";
        var figure = new FigureData("g", "Group shares", FigureKind.Bars, "race x sex", "share of rows", ["race=White, sex=Male", label],
            [new FigureSeries("real", [], [0.6, 0.01]), new FigureSeries("synthetic", [], [0.6, 0.01])]);

        // Act
        var chart = ChartLayoutEngine.Layout(figure, SynthAudit.Reports.Building.AuditReportBuilder.ChartWidth);

        // Assert
        Assert.Contains(chart.Primitives.OfType<TextPrimitive>(), t => t.Text == label);
    }
}
