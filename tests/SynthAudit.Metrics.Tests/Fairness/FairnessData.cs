using System.Collections.Immutable;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fairness;

/// <summary>Builds small fairness inputs: a protected column <c>g</c> and a binary target <c>y</c> with exact group rates.</summary>
internal static class FairnessData
{
    public static readonly string[] GroupLevels = ["A", "B", "C"];
    public static readonly string[] TargetLevels = ["0", "1"];

    /// <summary>A table whose group <c>i</c> has <c>sizes[i]</c> rows of which <c>positives[i]</c> have y = 1.</summary>
    public static Table Groups(string name, int[] sizes, int[] positives)
    {
        var g = new List<string?>();
        var y = new List<string?>();
        for (var i = 0; i < sizes.Length; i++)
        {
            for (var r = 0; r < sizes[i]; r++)
            {
                g.Add(GroupLevels[i]);
                y.Add(r < positives[i] ? "1" : "0");
            }
        }

        return new TableBuilder(name).Categorical("g", GroupLevels, [.. g]).Categorical("y", TargetLevels, [.. y]).Build();
    }

    /// <summary>An input over aligned tables with the given target and protected columns.</summary>
    public static AuditInput Input(Table real, Table synthetic, string? target, params string[] sensitive) =>
        InputWithHoldout(real, synthetic, null, target, sensitive);

    /// <summary>An input with a holdout.</summary>
    public static AuditInput InputWithHoldout(Table real, Table synthetic, Table? holdout, string? target, params string[] sensitive)
    {
        var columns = real.Columns.Select(c => new ColumnSchema(c.Name, c.Kind,
            string.Equals(c.Name, target, StringComparison.Ordinal) ? ColumnRole.Target
            : sensitive.Contains(c.Name, StringComparer.Ordinal) ? ColumnRole.Sensitive : ColumnRole.Feature));
        return new AuditInput(real, synthetic, holdout, new TableSchema(columns.ToImmutableArray()));
    }

    /// <summary>A copy of <paramref name="table"/> whose columns are each permuted independently (an independent-marginals generator).</summary>
    public static Table ShuffleColumns(Table table, ulong seed)
    {
        var random = new DeterministicRandom(seed);
        return new Table("shuffled", table.Columns.Select(c => c.Take(random.Permutation(table.RowCount))));
    }

    /// <summary>A fresh context.</summary>
    public static MetricContext Context(int threads = 0, int resamples = 200) =>
        new(new SeedSource(7), resamples, maxDegreeOfParallelism: threads);

    /// <summary>The breakdown entry with the given key.</summary>
    public static BreakdownEntry Entry(MetricResult result, string key) =>
        result.Breakdown.Single(e => string.Equals(e.Key, key, StringComparison.Ordinal));
}
