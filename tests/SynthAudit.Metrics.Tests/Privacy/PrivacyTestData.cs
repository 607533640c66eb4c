using System.Collections.Immutable;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Privacy;

/// <summary>Inputs for the privacy tests: tiny hand-made tables and seeded subsamples of Adult.</summary>
internal static class PrivacyTestData
{
    private static readonly Lazy<(Table Train, Table Holdout, TableSchema Schema)> s_adult = new(() =>
    {
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var holdout = CsvTableReader.Read(Fixtures.Path("adult", "holdout.csv"));
        var schema = SchemaInference.Infer(real, new SchemaOptions { Target = "income-per-year" }).Schema;
        var aligned = TableAligner.Align(schema, real, holdout: holdout);
        return (aligned.Real, aligned.Holdout!, schema);
    });

    /// <summary>A schema of feature columns of the given kinds, in table order.</summary>
    public static TableSchema SchemaOf(Table table) =>
        new(table.Columns.Select(c => new ColumnSchema(c.Name, c.Kind, ColumnRole.Feature)).ToImmutableArray());

    /// <summary>Adult subsamples: train (nTrain rows of the train file), holdout and an independent fresh sample (disjoint
    /// parts of the holdout file).</summary>
    public static (Table Train, Table Holdout, Table Fresh, TableSchema Schema) Adult(int nTrain = 3000, int nHoldout = 1500, int nFresh = 1500, int seed = 11)
    {
        var (train, holdout, schema) = s_adult.Value;
        var rng = new DeterministicRandom((ulong)seed);
        var t = train.Take(rng.SampleWithoutReplacement(train.RowCount, nTrain));
        var perm = rng.Permutation(holdout.RowCount);
        var h = holdout.Take(perm.AsSpan(0, nHoldout));
        var f = holdout.Take(perm.AsSpan(nHoldout, nFresh));
        return (t, h, f, schema);
    }

    /// <summary>A noisy copy: numeric values jittered by up to ±<paramref name="numericNoise"/> of their range (rounded as in the
    /// data), and each categorical value replaced by another row's with probability <paramref name="swap"/>.</summary>
    public static Table NoisyCopy(Table table, double numericNoise, double swap, int seed)
    {
        var rng = new DeterministicRandom((ulong)seed);
        var columns = new List<Column>();
        foreach (var column in table.Columns)
        {
            if (column is NumericColumn num)
            {
                var finite = num.Values.Where(v => !double.IsNaN(v)).ToArray();
                var range = finite.Length == 0 ? 0 : finite.Max() - finite.Min();
                var values = num.Values.Select(v => double.IsNaN(v) ? v : Math.Round(v + ((rng.NextDouble() * 2) - 1) * numericNoise * range)).ToArray();
                columns.Add(new NumericColumn(num.Name, values, num.Kind));
            }
            else
            {
                var cat = (CategoricalColumn)column;
                var codes = cat.Codes.Select(c => rng.NextDouble() < swap ? cat.Codes[rng.NextInt(cat.Codes.Length)] : c).ToArray();
                columns.Add(new CategoricalColumn(cat.Name, codes, cat.Levels, cat.Kind));
            }
        }

        return new Table("noisy", columns);
    }

    public static MetricContext Context(int seed = 0) => new(new SeedSource(seed));
}
