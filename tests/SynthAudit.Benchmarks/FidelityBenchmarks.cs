using BenchmarkDotNet.Attributes;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Fidelity;
using SynthAudit.Testing;

namespace SynthAudit.Benchmarks;

/// <summary>All fidelity metrics with 200 bootstrap resamples on the Adult train split (22,793 rows) against a same-size
/// synthetic table (the train split with every column shuffled independently), and the same without the classifiers.</summary>
[MemoryDiagnoser]
public class FidelityBenchmarks
{
    private AuditInput _input = null!;

    /// <summary>Loads Adult and builds the shuffled synthetic table with a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var schema = SchemaInference.Infer(real, new SchemaOptions { Target = "income-per-year" }).Schema;
        var train = TableAligner.Align(schema, real).Real;
        var random = new DeterministicRandom(42);
        var synthetic = new Table("shuffled", train.Columns.Select(c => c.Take(random.Permutation(train.RowCount))));
        _input = new AuditInput(train, synthetic, null, schema);
    }

    /// <summary>Every fidelity metric, detection AUC and pMSE included, with a fresh context (nothing cached).</summary>
    [Benchmark]
    public int AllFidelityMetrics()
    {
        var context = new MetricContext(new SeedSource(0), bootstrapResamples: 200);
        var ok = 0;
        foreach (var metric in FidelityMetrics.Create())
        {
            ok += metric.Compute(_input, context, CancellationToken.None).Status == MetricStatus.Ok ? 1 : 0;
        }

        return ok;
    }

    /// <summary>The distribution metrics only (encoding + 200 resamples), without the classifiers.</summary>
    [Benchmark]
    public int DistributionMetricsOnly()
    {
        var context = new MetricContext(new SeedSource(0), bootstrapResamples: 200);
        IMetric[] metrics = [new KsComplementMetric(), new TvComplementMetric(), new WassersteinMetric(), new CorrelationSimilarityMetric(),
            new ContingencySimilarityMetric(), new KMarginalMetric(), new CoverageMetric()];
        var ok = 0;
        foreach (var metric in metrics)
        {
            ok += metric.Compute(_input, context, CancellationToken.None).Status == MetricStatus.Ok ? 1 : 0;
        }

        return ok;
    }
}
