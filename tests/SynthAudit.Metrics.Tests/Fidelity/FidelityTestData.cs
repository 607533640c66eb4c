using System.Collections.Immutable;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Fidelity;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fidelity;

/// <summary>Builds audit inputs for the fidelity tests.</summary>
internal static class FidelityTestData
{
    private static readonly Lazy<(Table Train, Table Holdout, TableSchema Schema)> s_adult = new(LoadAdult);

    public static AuditInput Input(Table real, Table synthetic, Table? holdout = null)
    {
        var schema = new TableSchema([.. real.Columns.Select(c => new ColumnSchema(c.Name, c.Kind, ColumnRole.Feature))]);
        return new AuditInput(real, synthetic, holdout, schema);
    }

    public static MetricContext Context(int resamples = 50, int threads = 0) => new(new SeedSource(0), resamples, maxDegreeOfParallelism: threads);

    public static MetricResult Run(IMetric metric, AuditInput input, MetricContext? context = null) =>
        metric.Compute(input, context ?? Context(), CancellationToken.None);

    public static IReadOnlyList<MetricResult> RunAll(AuditInput input, MetricContext? context = null)
    {
        var ctx = context ?? Context();
        return FidelityMetrics.Create().Select(m => m.Compute(input, ctx, CancellationToken.None)).ToList();
    }

    public static double Breakdown(MetricResult result, string key) =>
        result.Breakdown.Single(e => string.Equals(e.Key, key, StringComparison.Ordinal)).Value
        ?? throw new Xunit.Sdk.XunitException("breakdown " + key + " has no value");

    /// <summary>The Adult train and holdout splits, each cut to its first <paramref name="rows"/> rows.</summary>
    public static (Table Train, Table Holdout, TableSchema Schema) Adult(int rows)
    {
        var (train, holdout, schema) = s_adult.Value;
        return (Head(train, rows), Head(holdout, rows), schema);
    }

    public static Table Head(Table table, int rows) => table.Take(Enumerable.Range(0, Math.Min(rows, table.RowCount)).ToArray());

    /// <summary>The table with every column shuffled independently (keeps marginals, destroys dependence).</summary>
    public static Table ShuffleColumns(Table table, ulong seed)
    {
        var random = new DeterministicRandom(seed);
        return new Table(table.Name, table.Columns.Select(c => c.Take(random.Permutation(table.RowCount))));
    }

    private static (Table, Table, TableSchema) LoadAdult()
    {
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var holdout = CsvTableReader.Read(Fixtures.Path("adult", "holdout.csv"));
        var schema = SchemaInference.Infer(real, new SchemaOptions { Target = "income-per-year" }).Schema;
        var aligned = TableAligner.Align(schema, real, synthetic: null, holdout: holdout);
        return (aligned.Real, aligned.Holdout!, schema);
    }

    public static ImmutableArray<string> Levels(params string[] levels) => [.. levels];
}
