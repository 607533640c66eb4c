using System.Collections.Immutable;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;

namespace SynthAudit.Metrics.Tests.Utility;

/// <summary>Small seeded populations for the utility tests: y depends on a numeric and a categorical feature.</summary>
internal static class UtilityTestData
{
    private static readonly ImmutableArray<string> s_colours = ["red", "green", "blue"];
    private static readonly ImmutableArray<string> s_labels = ["no", "yes"];

    /// <summary>A table of <paramref name="n"/> rows: x (numeric), colour (categorical), noise (numeric), label (no/yes) and amount (numeric).</summary>
    public static Table Population(int n, ulong seed, bool informative = true)
    {
        var random = new DeterministicRandom(seed);
        var x = new double[n];
        var noise = new double[n];
        var colour = new int[n];
        var label = new int[n];
        var amount = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = random.NextGaussian();
            noise[i] = random.NextGaussian();
            colour[i] = random.NextInt(3);
            var signal = informative ? (1.5 * x[i]) + (colour[i] == 2 ? 1.0 : -0.5) : 0;
            label[i] = signal + random.NextGaussian() > 0 ? 1 : 0;
            amount[i] = (2 * x[i]) + colour[i] + (0.5 * random.NextGaussian());
        }

        return new Table("population", [
            new NumericColumn("x", x),
            new CategoricalColumn("colour", colour, s_colours),
            new NumericColumn("noise", noise),
            new CategoricalColumn("label", label, s_labels),
            new NumericColumn("amount", amount),
        ]);
    }

    /// <summary>The schema of <see cref="Population"/> with the given target.</summary>
    public static TableSchema Schema(string target, ColumnKind? targetKind = null) => new([
        new ColumnSchema("x", ColumnKind.Numeric, ColumnRole.Feature),
        new ColumnSchema("colour", ColumnKind.Categorical, ColumnRole.Feature),
        new ColumnSchema("noise", ColumnKind.Numeric, ColumnRole.Feature),
        new ColumnSchema("label", target == "label" ? targetKind ?? ColumnKind.Categorical : ColumnKind.Categorical, target == "label" ? ColumnRole.Target : ColumnRole.Feature),
        new ColumnSchema("amount", target == "amount" ? targetKind ?? ColumnKind.Numeric : ColumnKind.Numeric, target == "amount" ? ColumnRole.Target : ColumnRole.Feature),
    ]);

    /// <summary>Aligned input: real, synthetic and holdout from the given tables.</summary>
    public static AuditInput Input(Table real, Table synthetic, Table? holdout, string target = "label") =>
        new(real, synthetic, holdout, Schema(target));

    /// <summary>A context with few bootstrap resamples (tests stay fast).</summary>
    public static MetricContext Context(int threads = 0, int resamples = 50) => new(new SeedSource(0), resamples, maxDegreeOfParallelism: threads);
}
