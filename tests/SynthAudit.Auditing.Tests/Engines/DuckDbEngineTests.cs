using System.Globalization;
using SynthAudit.Auditing.Tests.IO;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Testing;
using Xunit.Abstractions;

namespace SynthAudit.Auditing.Tests.Engines;

/// <summary>The DuckDB push-down gives the in-process values of every marginal-based fidelity metric on Adult (issue 17).</summary>
public sealed class DuckDbEngineTests : IDisposable
{
    /// <summary>The metrics whose point values the engine computes (quality_score: its marginal components).</summary>
    private static readonly string[] s_marginalMetrics =
    [
        MetricIds.KsComplement, MetricIds.TvComplement, MetricIds.Wasserstein, MetricIds.CorrelationSimilarity,
        MetricIds.ContingencySimilarity, MetricIds.KMarginal, MetricIds.Coverage, MetricIds.QualityScore,
    ];

    private const double Tolerance = 1e-9;

    private readonly ITestOutputHelper _output;
    private readonly string _dir = Directory.CreateTempSubdirectory("synthaudit-engine-").FullName;

    public DuckDbEngineTests(ITestOutputHelper output) => _output = output;

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

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void Audit_DuckDbEngine_EqualsInProcessForEveryMarginalMetric(string format)
    {
        // Arrange: all of Adult's train as real; the holdout file split into a "synthetic" set and a holdout
        var (real, synthetic, holdout) = AdultFiles(format);
        var options = new AuditOptions
        {
            Holdout = TableSource.FromFile(holdout),
            Seed = 7,
            BootstrapResamples = 20,
            Metrics = s_marginalMetrics,
        };

        // Act
        var inProcess = Auditor.Run(TableSource.FromFile(real), TableSource.FromFile(synthetic), options);
        var duckDb = Auditor.Run(TableSource.FromFile(real), TableSource.FromFile(synthetic), options with { Engine = AuditEngine.DuckDb });

        // Assert
        Assert.Equal(s_marginalMetrics, duckDb.Metrics.Select(m => m.Metric.Id));
        foreach (var (e, a) in inProcess.Metrics.Zip(duckDb.Metrics))
        {
            Assert.Equal(MetricStatus.Ok, e.Status);
            Assert.Equal(e.Status, a.Status);
            var diff = MaxDifference(e, a);
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{format} {e.Metric.Id}: value {e.Value:R}, max |difference| {diff:E2}"));
            Assert.True(diff <= Tolerance, e.Metric.Id + ": differs by " + diff.ToString("E2", CultureInfo.InvariantCulture));
        }

        Assert.Contains(duckDb.Settings, s => s is { Key: "engine", Value: "duckdb" });
        Assert.DoesNotContain(inProcess.Settings, s => s.Key == "engine");
    }

    [Fact]
    public void Audit_DuckDbEngineOnAnInMemoryTable_IsAConfigError()
    {
        // Arrange
        var (real, synthetic, _) = AdultFiles("csv");
        using var stream = File.OpenRead(synthetic);
        var options = new AuditOptions { Seed = 1, BootstrapResamples = 5, Metrics = [MetricIds.KsComplement], Engine = AuditEngine.DuckDb };

        // Act
        var error = Assert.Throws<ConfigException>(() => Auditor.Run(TableSource.FromFile(real), TableSource.FromStream(stream, "synthetic.csv"), options));

        // Assert
        Assert.Contains("not a file", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The largest absolute difference over value, interval, baseline and every breakdown value and baseline;
    /// infinity when one side has a number the other lacks.</summary>
    private static double MaxDifference(MetricResult e, MetricResult a)
    {
        static double D(double? x, double? y) => x is null || y is null ? (x is null && y is null ? 0 : double.PositiveInfinity) : Math.Abs(x.Value - y.Value);
        var diff = Math.Max(D(e.Value, a.Value), D(e.Baseline, a.Baseline));
        diff = Math.Max(diff, Math.Max(D(e.Ci?.Low, a.Ci?.Low), D(e.Ci?.High, a.Ci?.High)));
        Assert.Equal(e.Breakdown.Select(b => b.Key), a.Breakdown.Select(b => b.Key));
        foreach (var (x, y) in e.Breakdown.Zip(a.Breakdown))
        {
            diff = Math.Max(diff, Math.Max(D(x.Value, y.Value), D(x.Baseline, y.Baseline)));
        }

        return diff;
    }

    private (string Real, string Synthetic, string Holdout) AdultFiles(string format)
    {
        var lines = File.ReadAllLines(Fixtures.Path("adult", "holdout.csv"));
        var synthetic = Path.Combine(_dir, "synthetic.csv");
        var holdout = Path.Combine(_dir, "holdout.csv");
        File.WriteAllLines(synthetic, lines.Take(5001));
        File.WriteAllLines(holdout, lines.Take(1).Concat(lines.Skip(5001)));
        var real = Fixtures.Path("adult", "train.csv");
        if (format == "csv")
        {
            return (real, synthetic, holdout);
        }

        string Parquet(string csv, string name)
        {
            var path = Path.Combine(_dir, name + ".parquet");
            DuckDbParquet.FromCsv(csv, path);
            return path;
        }

        return (Parquet(real, "real"), Parquet(synthetic, "synthetic"), Parquet(holdout, "holdout"));
    }
}
