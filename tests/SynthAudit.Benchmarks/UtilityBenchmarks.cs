using BenchmarkDotNet.Attributes;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Utility;
using SynthAudit.Testing;

namespace SynthAudit.Benchmarks;

/// <summary>The whole utility family on Adult: real train (22,793 rows), a same-size synthetic stand-in, holdout (9,768 rows).</summary>
[MemoryDiagnoser]
public class UtilityBenchmarks
{
    private AuditInput _input = null!;

    /// <summary>Loads Adult; the synthetic stand-in is a seeded resample of the real train rows.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var holdout = CsvTableReader.Read(Fixtures.Path("adult", "holdout.csv"));
        var schema = SchemaInference.Infer(real, new SchemaOptions { Target = "income-per-year" }).Schema;
        var aligned = TableAligner.Align(schema, real, holdout: holdout);
        var rows = new DeterministicRandom(1).SampleWithReplacement(aligned.Real.RowCount, aligned.Real.RowCount);
        _input = new AuditInput(aligned.Real, aligned.Real.Take(rows, "synthetic"), aligned.Holdout, schema);
    }

    /// <summary>TRTR, TSTR, ratio and importance agreement with 200 bootstrap resamples, from a fresh context (models trained once each).</summary>
    [Benchmark]
    public int AllUtilityMetrics()
    {
        var context = new MetricContext(new SeedSource(0));
        var ok = 0;
        foreach (var metric in UtilityMetrics.Create())
        {
            ok += metric.Compute(_input, context, CancellationToken.None).Status == MetricStatus.Ok ? 1 : 0;
        }

        return ok;
    }
}
