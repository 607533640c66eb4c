using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Results;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics;
using SynthAudit.Reports;
using SynthAudit.Reports.Html;
using SynthAudit.Reports.Json;
using SynthAudit.Reports.Markdown;
using SynthAudit.Reports.Pdf;
using SynthAudit.Testing;

namespace SynthAudit.Benchmarks;

/// <summary>Renders an Adult-sized audit (15 columns, every metric, a figure per column, a 15×15 heatmap, 200-point ROC
/// curves) in all four formats; the target is well under one second for all four together.</summary>
[MemoryDiagnoser]
public class ReportsBenchmarks
{
    private readonly IDocumentRenderer<AuditResult>[] _renderers = [new JsonRenderer(), new HtmlRenderer(), new MarkdownRenderer(), new PdfRenderer()];
    private AuditResult _result = null!;

    /// <summary>Builds the audit from the Adult header and a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var header = File.ReadLines(Fixtures.Path("adult", "train.csv")).First().Split(',').Select(h => h.Trim()).ToArray();
        var numeric = new HashSet<string>(["age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week"], StringComparer.Ordinal);
        var schema = header.Select(h => new ColumnSchema(h, numeric.Contains(h) ? ColumnKind.Numeric : ColumnKind.Categorical,
            h == "income-per-year" ? ColumnRole.Target : h is "sex" or "race" ? ColumnRole.Sensitive : ColumnRole.Feature)).ToImmutableArray();
        var random = new DeterministicRandom(7);
        var metrics = MetricCatalog.All.Select(d => Metric(d, header, numeric, random)).ToImmutableArray();
        var families = Enum.GetValues<MetricFamily>().Select(f => new FamilyVerdict(f, "good", metrics.First(m => m.Metric.Family == f).Metric.Id, 0.9,
            new ConfidenceInterval(0.88, 0.92, 0.95), "A plain-language sentence.")).ToImmutableArray();
        var gdpr = ImmutableArray.Create(
            new GdprCriterionAssessment("singling_out", "low", MetricIds.SinglingOutRisk, 0.01, new ConfidenceInterval(0, 0.03, 0.95), "rule"),
            new GdprCriterionAssessment("linkability", "low", MetricIds.LinkabilityRisk, 0.01, new ConfidenceInterval(0, 0.03, 0.95), "rule"),
            new GdprCriterionAssessment("inference", "medium", MetricIds.InferenceRisk, 0.07, new ConfidenceInterval(0.03, 0.11, 0.95), "rule"));
        _result = new AuditResult(1, ToolInfo.Current, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), 7,
            [new InputInfo("real", "train.csv", new string('a', 64), 22793, 15), new InputInfo("synthetic", "synth.csv", new string('b', 64), 22793, 15),
             new InputInfo("holdout", "holdout.csv", new string('c', 64), 9768, 15)],
            schema, metrics, new AuditSummary(families, gdpr, "AUC 0.51"), ["a run warning"]) { DatasetName = "adult" };
    }

    /// <summary>All four formats, as <c>audit</c> writes them (to memory).</summary>
    [Benchmark]
    public long RenderAllFormats()
    {
        long total = 0;
        foreach (var renderer in _renderers)
        {
            using var stream = new MemoryStream();
            renderer.RenderAsync(_result, stream, CancellationToken.None).GetAwaiter().GetResult();
            total += stream.Length;
        }

        return total;
    }

    /// <summary>The PDF alone.</summary>
    [Benchmark]
    public long RenderPdf()
    {
        using var stream = new MemoryStream();
        new PdfRenderer().RenderAsync(_result, stream, CancellationToken.None).GetAwaiter().GetResult();
        return stream.Length;
    }

    private static MetricResult Metric(MetricDescriptor d, string[] header, HashSet<string> numeric, DeterministicRandom random)
    {
        var value = 0.5 + 0.4 * random.NextDouble();
        var breakdown = header.Select(h => new BreakdownEntry(h, random.NextDouble(), new ConfidenceInterval(0.1, 0.9, 0.95)));
        var result = MetricResult.Ok(d, value, new ConfidenceInterval(value - 0.01, value + 0.01, 0.95), 0.5, breakdown);
        var figures = new List<FigureData>();
        if (d.Id == MetricIds.KsComplement)
        {
            var edges = Enumerable.Range(0, 41).Select(i => (double)i).ToImmutableArray();
            figures.AddRange(header.Where(numeric.Contains).Select(h => new FigureData("dist." + h, "Distribution of " + h, FigureKind.Histogram, h, "share", [],
                [new FigureSeries("real", edges, [.. Enumerable.Range(0, 40).Select(_ => random.NextDouble())]),
                 new FigureSeries("synthetic", edges, [.. Enumerable.Range(0, 40).Select(_ => random.NextDouble())])])));
        }
        else if (d.Id == MetricIds.TvComplement)
        {
            var categories = Enumerable.Range(0, 16).Select(i => "level " + i).ToImmutableArray();
            figures.AddRange(header.Where(h => !numeric.Contains(h)).Select(h => new FigureData("dist." + h, "Distribution of " + h, FigureKind.Bars, h, "share", categories,
                [new FigureSeries("real", [], [.. categories.Select(_ => random.NextDouble())]), new FigureSeries("synthetic", [], [.. categories.Select(_ => random.NextDouble())])])));
        }
        else if (d.Id == MetricIds.ContingencySimilarity)
        {
            figures.Add(new FigureData("assoc", "Association difference", FigureKind.Heatmap, "column", "difference", [.. header],
                [.. header.Select(h => new FigureSeries(h, [], [.. header.Select(_ => random.NextDouble() * 0.2)]))]));
        }
        else if (d.Id is MetricIds.Tstr or MetricIds.MiaDistanceAuc or MetricIds.DetectionAuc)
        {
            var xs = Enumerable.Range(0, 200).Select(i => i / 199.0).ToImmutableArray();
            figures.Add(new FigureData("roc", "ROC", FigureKind.Lines, "false positive rate", "true positive rate", [],
                [new FigureSeries("model", xs, [.. xs.Select(x => Math.Sqrt(x))]), new FigureSeries("other", xs, [.. xs.Select(x => Math.Pow(x, 0.7))])]));
        }

        return result with { Figures = [.. figures], CiMethod = "bootstrap-percentile (200)" };
    }
}
