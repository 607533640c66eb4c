using System.Globalization;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Marginals;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Sql;
using SynthAudit.Testing;
using Xunit.Abstractions;

namespace SynthAudit.Auditing.Tests.Engines;

/// <summary><c>compare --engine duckdb</c>: every compared set gets the marginal-based values of the in-process comparison
/// and of its own <c>audit --engine duckdb</c> (issue 17).</summary>
public sealed class DuckDbCompareTests : IDisposable
{
    private static readonly string[] s_marginalMetrics =
    [
        MetricIds.KsComplement, MetricIds.TvComplement, MetricIds.Wasserstein, MetricIds.CorrelationSimilarity,
        MetricIds.ContingencySimilarity, MetricIds.KMarginal, MetricIds.Coverage, MetricIds.QualityScore,
    ];

    private const double Tolerance = 1e-9;

    private readonly ITestOutputHelper _output;
    private readonly string _dir = Directory.CreateTempSubdirectory("synthaudit-engine-compare-").FullName;

    public DuckDbCompareTests(ITestOutputHelper output) => _output = output;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder.
        }
    }

    [Fact]
    public void Compare_DuckDbEngine_EqualsInProcessCompareAndEachSetsOwnDuckDbAudit()
    {
        // Arrange: Adult's train as real; two disjoint slices of its holdout file as synthetic sets, the rest as holdout
        var (real, a, b, holdout) = AdultFiles();
        var options = new AuditOptions { Holdout = TableSource.FromFile(holdout), Seed = 3, BootstrapResamples = 5, Metrics = s_marginalMetrics };
        KeyValuePair<string, TableSource>[] candidates = [new("a", TableSource.FromFile(a)), new("b", TableSource.FromFile(b))];

        // Act
        var inProcess = Auditor.Compare(TableSource.FromFile(real), candidates, options);
        var duckDb = Auditor.Compare(TableSource.FromFile(real), candidates, options with { Engine = AuditEngine.DuckDb });
        var single = candidates.Select(c => Auditor.Run(TableSource.FromFile(real), c.Value, options with { Engine = AuditEngine.DuckDb })).ToList();

        // Assert
        for (var g = 0; g < 2; g++)
        {
            var engine = duckDb.Generators[g].Audit;
            Assert.Equal(s_marginalMetrics, engine.Metrics.Select(m => m.Metric.Id));
            Assert.Contains(engine.Settings, s => s is { Key: "engine", Value: "duckdb" });
            Assert.Contains(engine.Settings, s => s.Key == "engineScope");
            Assert.DoesNotContain(inProcess.Generators[g].Audit.Settings, s => s.Key == "engine");
            foreach (var metric in engine.Metrics)
            {
                Assert.Equal(MetricStatus.Ok, metric.Status);
                var versusInProcess = Difference(inProcess.Generators[g].Audit.Find(metric.Metric.Id)!, metric);
                var versusAudit = Difference(single[g].Find(metric.Metric.Id)!, metric);
                _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{duckDb.Generators[g].Name} {metric.Metric.Id}: {metric.Value:R}; vs in-process compare {versusInProcess:E2}, vs own duckdb audit {versusAudit:E2}"));
                Assert.True(versusInProcess <= Tolerance, metric.Metric.Id + " differs from the in-process comparison by " + versusInProcess.ToString("E2", CultureInfo.InvariantCulture));
                Assert.True(versusAudit <= Tolerance, metric.Metric.Id + " differs from its own duckdb audit by " + versusAudit.ToString("E2", CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void Compare_DuckDbEngineWithAnInMemoryCandidate_IsAConfigErrorNamingTheSet()
    {
        // Arrange
        var (real, a, b, _) = AdultFiles();
        using var stream = File.OpenRead(b);
        KeyValuePair<string, TableSource>[] candidates = [new("a", TableSource.FromFile(a)), new("b", TableSource.FromStream(stream, "b.csv"))];
        var options = new AuditOptions { Seed = 1, BootstrapResamples = 5, Metrics = [MetricIds.KsComplement], Engine = AuditEngine.DuckDb };

        // Act
        var error = Assert.Throws<ConfigException>(() => Auditor.Compare(TableSource.FromFile(real), candidates, options));

        // Assert: refused before reading (the stream is untouched)
        Assert.Contains("synthetic table 'b' is not a file", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void ForSynthetic_ViewsShareTheRealSideStatements()
    {
        // Arrange
        var real = Write("real.csv", "x,c\n1,a\n2,b\n3,a\n");
        var first = Write("s0.csv", "x,c\n1,a\n1,a\n");
        var second = Write("s1.csv", "x,c\n3,b\n2,b\n2,a\n");
        using var engine = DuckDbMarginalEngine.Open(
            [new SqlSource(MarginalSide.Real, real, SqlSourceFormat.Csv), new SqlSource(MarginalSide.Synthetic, first, SqlSourceFormat.Csv),
             new SqlSource(MarginalSide.Synthetic, second, SqlSourceFormat.Csv)],
            [new SqlColumn("x", SqlColumnKind.Numeric), new SqlColumn("c", SqlColumnKind.Categorical)], ["", "NA"], ',');

        // Act
        var set0 = engine.ForSynthetic(0);
        var set1 = engine.ForSynthetic(1);
        var real0 = set0.Values(MarginalSide.Real, "x");
        var real1 = set1.Values(MarginalSide.Real, "x");

        // Assert
        Assert.Equal(2, engine.SyntheticCount);
        Assert.Equal(1, set0.Statements);
        Assert.Equal(0, set1.Statements);
        Assert.Same(real0, real1);
        Assert.Equal(2, set0.RowCount(MarginalSide.Synthetic));
        Assert.Equal(3, set1.RowCount(MarginalSide.Synthetic));
        Assert.Equal(2, set1.Categories(MarginalSide.Synthetic, "c").Counts["b"]);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static double Difference(MetricResult e, MetricResult a)
    {
        static double D(double? x, double? y) => x is null || y is null ? (x is null && y is null ? 0 : double.PositiveInfinity) : Math.Abs(x.Value - y.Value);
        var diff = Math.Max(D(e.Value, a.Value), D(e.Baseline, a.Baseline));
        Assert.Equal(e.Breakdown.Select(b => b.Key), a.Breakdown.Select(b => b.Key));
        foreach (var (x, y) in e.Breakdown.Zip(a.Breakdown))
        {
            diff = Math.Max(diff, Math.Max(D(x.Value, y.Value), D(x.Baseline, y.Baseline)));
        }

        return diff;
    }

    private (string Real, string A, string B, string Holdout) AdultFiles()
    {
        var lines = File.ReadAllLines(Fixtures.Path("adult", "holdout.csv"));
        var header = lines.Take(1);
        var a = Write("a.csv", string.Join('\n', header.Concat(lines.Skip(1).Take(3000))) + "\n");
        var b = Write("b.csv", string.Join('\n', header.Concat(lines.Skip(3001).Take(3000))) + "\n");
        var holdout = Write("holdout.csv", string.Join('\n', header.Concat(lines.Skip(6001))) + "\n");
        return (Fixtures.Path("adult", "train.csv"), a, b, holdout);
    }
}
