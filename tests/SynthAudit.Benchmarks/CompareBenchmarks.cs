using BenchmarkDotNet.Attributes;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Results;
using SynthAudit.Core.Schema;
using SynthAudit.Generation.Baselines;
using SynthAudit.Metrics.Running;
using SynthAudit.Testing;

namespace SynthAudit.Benchmarks;

/// <summary>Comparing four synthetic sets on Adult: one <c>compare</c> (real and holdout read once, one shared
/// <see cref="RealDataAnalyses"/>) against four separate audits.</summary>
/// <remarks>Mirrors what <c>synthaudit compare</c> does with the public API (the CLI's loader is internal): the compare arm
/// reads and infers the real and holdout files once and passes one <see cref="RealDataAnalyses"/> to every audit; the
/// separate arm repeats everything per set. Both arms read the synthetic CSVs and run every metric with the default
/// bootstrap (200). Target (issue 8/8): the compare arm well under the separate arm.</remarks>
[MemoryDiagnoser]
public class CompareBenchmarks
{
    /// <summary>Rows of each synthetic set.</summary>
    public const int SyntheticRows = 2_000;

    private static readonly SchemaOptions s_options = new() { Target = "income-per-year", Sensitive = ["sex", "race"] };

    private readonly List<string> _synthetic = [];
    private string _real = string.Empty;
    private string _holdout = string.Empty;

    /// <summary>Writes four independent-marginals samples of Adult (seeds 1 to 4) to temporary CSV files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _real = Fixtures.Path("adult", "train.csv");
        _holdout = Fixtures.Path("adult", "holdout.csv");
        var file = CsvTableReader.Read(_real);
        var table = TableAligner.ToTable(SchemaInference.Infer(file).Schema, file);
        for (var seed = 1; seed <= 4; seed++)
        {
            var path = Path.Combine(Path.GetTempPath(), "synthaudit-compare-bench-" + seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".csv");
            CsvTableWriter.Write(IndependentMarginalsSampler.Sample(table, SyntheticRows, new SeedSource(seed).For("bench", "synthetic")), path);
            _synthetic.Add(path);
        }
    }

    /// <summary>Four full audits, each reading and encoding the real data on its own.</summary>
    [Benchmark(Baseline = true)]
    public int FourSeparateAudits()
    {
        var metrics = 0;
        foreach (var path in _synthetic)
        {
            var real = CsvTableReader.Read(_real);
            var holdout = CsvTableReader.Read(_holdout);
            var schema = SchemaInference.Infer(real, s_options).Schema;
            var aligned = TableAligner.Align(schema, real, CsvTableReader.Read(path), holdout);
            metrics += Run(new AuditInput(aligned.Real, aligned.Synthetic!, aligned.Holdout, schema), new RealDataAnalyses()).Metrics.Length;
        }

        return metrics;
    }

    /// <summary>One comparison of the same four sets: real and holdout read once, one shared cache.</summary>
    [Benchmark]
    public int CompareFourShared()
    {
        var real = CsvTableReader.Read(_real);
        var holdout = CsvTableReader.Read(_holdout);
        var schema = SchemaInference.Infer(real, s_options).Schema;
        var shared = new RealDataAnalyses();
        var metrics = 0;
        AlignedTables? first = null;
        foreach (var path in _synthetic)
        {
            var aligned = TableAligner.Align(schema, real, CsvTableReader.Read(path), holdout);
            first ??= aligned;

            // The samples only use real categories, so every alignment has the same levels; share the first real/holdout tables.
            metrics += Run(new AuditInput(first.Real, aligned.Synthetic!, first.Holdout, schema), shared).Metrics.Length;
        }

        return metrics;
    }

    private static AuditResult Run(AuditInput input, RealDataAnalyses shared) =>
        AuditRunner.Run(input, new MetricContext(new SeedSource(0), shared: shared), new AuditProvenance([], DateTimeOffset.UnixEpoch));
}
