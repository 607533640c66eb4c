using System.Collections.Immutable;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Reports.Html;
using SynthAudit.Reports.Json;
using SynthAudit.Reports.Markdown;
using SynthAudit.Reports.Pdf;

namespace SynthAudit.Reports.Tests;

public sealed class RobustnessTests
{
    public static TheoryData<string> Formats => ["json", "html", "md", "pdf"];

    private static IDocumentRenderer<AuditResult> For(string format) => format switch
    {
        "json" => new JsonRenderer(),
        "html" => new HtmlRenderer(),
        "md" => new MarkdownRenderer(),
        _ => new PdfRenderer(),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Render_EmptyAudit_StillRendersAndSaysNothingWasEvaluated(string format)
    {
        // Arrange
        var empty = new AuditResult(1, new ToolInfo("synthaudit", "0.1.0"), DateTimeOffset.UnixEpoch, 0, [], [], [],
            new AuditSummary([], [], null), []);

        // Act
        var bytes = Render.Bytes(For(format), empty);

        // Assert
        Assert.NotEmpty(bytes);
        if (format == "html")
        {
            Assert.Contains("no verdict (nothing in this family was evaluated)", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Render_HostileNamesAndOddFigures_DoesNotThrow(string format)
    {
        // Arrange: a hostile column name, a figure with NaN, mismatched lengths and no series.
        var sample = SampleAudit.Create(SampleAudit.HostileName);
        var odd = ImmutableArray.Create(
            new FigureData("a", SampleAudit.HostileName, FigureKind.Histogram, "x", "y", [], [new FigureSeries("s", [0, 1, 2], [double.NaN, 1, 2, 3])]),
            new FigureData("b", "no series", FigureKind.Lines, "x", "y", [], []),
            new FigureData("c", "heat", FigureKind.Heatmap, "x", "y", ["only one"], [new FigureSeries("r1", [], [1, -2]), new FigureSeries("r2", [], [])]),
            new FigureData("d", "bars", FigureKind.Bars, "x", "y", [], [new FigureSeries("s", [], [-1, 0, 1e9])]));
        var result = sample with { Metrics = [.. sample.Metrics.Select((m, i) => i == 0 ? m with { Figures = odd } : m)] };

        // Act
        var bytes = Render.Bytes(For(format), result);

        // Assert
        Assert.NotEmpty(bytes);
    }
}
