using BenchmarkDotNet.Attributes;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Privacy;
using SynthAudit.Testing;

namespace SynthAudit.Benchmarks;

/// <summary>All eight privacy metrics (all three Anonymeter-style attacks with 2000 attacks each) on Adult train (22,793 rows),
/// holdout (9,768) and a synthetic table of train size; a fresh context per run, so nothing is cached between runs.</summary>
[MemoryDiagnoser]
public class PrivacyBenchmarks
{
    private AuditInput _input = null!;

    /// <summary>Loads Adult and builds the synthetic table from a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var holdout = CsvTableReader.Read(Fixtures.Path("adult", "holdout.csv"));
        var schema = SchemaInference.Infer(real, new SchemaOptions { Target = "income-per-year" }).Schema;
        var aligned = TableAligner.Align(schema, real, holdout: holdout);
        var synthetic = BenchmarkData.IndependentColumns(aligned.Real, aligned.Real.RowCount, 1);
        _input = new AuditInput(aligned.Real, synthetic, aligned.Holdout, schema);
    }

    /// <summary>Every privacy metric, in contract order.</summary>
    [Benchmark]
    public List<MetricResult> AllPrivacyMetricsAdult()
    {
        var context = new MetricContext(new SeedSource(0));
        return PrivacyMetrics.Create().Select(m => m.Compute(_input, context, CancellationToken.None)).ToList();
    }
}
