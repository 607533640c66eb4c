using BenchmarkDotNet.Attributes;
using SynthAudit.Auditing;
using SynthAudit.Testing;

namespace SynthAudit.Benchmarks;

/// <summary>The whole audit of issue 17's Adult check through the library, as <c>synthaudit audit</c> runs it: real train,
/// the example MST ε = 1 synthetic set and the holdout, every family (target income-per-year, sensitive sex and race),
/// default bootstrap (200), all four report formats written. Run with <c>--job short</c>; the figure is in README "Scale".</summary>
[MemoryDiagnoser]
public class AdultAuditBenchmarks
{
    private string _out = string.Empty;

    /// <summary>A fresh output folder.</summary>
    [GlobalSetup]
    public void Setup() => _out = Directory.CreateTempSubdirectory("synthaudit-adult-bench-").FullName;

    /// <summary>Removes the output folder.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_out, recursive: true);

    /// <summary>Reads the three files, runs every metric and writes PDF, HTML, JSON and Markdown.</summary>
    [Benchmark]
    public int AuditAllFamiliesAllFormats()
    {
        var result = Auditor.Run(TableSource.FromFile(Fixtures.Path("adult", "train.csv")),
            TableSource.FromFile(Path.Combine(Fixtures.Root, "..", "reports", "adult", "synthetic", "mst-eps1.csv")),
            new AuditOptions
            {
                Holdout = TableSource.FromFile(Fixtures.Path("adult", "holdout.csv")),
                Target = "income-per-year",
                Sensitive = ["sex", "race"],
            });
        return Auditor.WriteReportsAsync(result, _out).GetAwaiter().GetResult().Count;
    }
}
