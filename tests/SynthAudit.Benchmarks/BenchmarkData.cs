using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Data;
using SynthAudit.Core.Randomness;

namespace SynthAudit.Benchmarks;

/// <summary>Seeded synthetic inputs for the neighbour and privacy benchmarks.</summary>
internal static class BenchmarkData
{
    /// <summary>A "synthetic" table of <paramref name="rows"/> rows whose columns are resampled independently from
    /// <paramref name="real"/> (keeps the marginals and the shared level lists, breaks the joint distribution).</summary>
    public static Table IndependentColumns(Table real, int rows, ulong seed)
    {
        var rng = new DeterministicRandom(seed);
        var columns = real.Columns.Select(c => c.Take(rng.SampleWithReplacement(real.RowCount, rows))).ToList();
        return new Table("synthetic", columns);
    }

    /// <summary>Random mixed data: numeric columns (normal, 2% missing) and categorical ones (10 levels, 2% missing).</summary>
    public static Table RandomMixed(int rows, int numeric, int categorical, ulong seed)
    {
        var rng = new DeterministicRandom(seed);
        var levels = Enumerable.Range(0, 10).Select(i => "L" + i.ToString(CultureInfo.InvariantCulture)).ToImmutableArray();
        var columns = new List<Column>();
        for (var j = 0; j < numeric; j++)
        {
            var v = new double[rows];
            for (var i = 0; i < rows; i++)
            {
                v[i] = rng.NextDouble() < 0.02 ? double.NaN : rng.NextGaussian() * (j + 1);
            }

            columns.Add(new NumericColumn("n" + j.ToString(CultureInfo.InvariantCulture), v));
        }

        for (var j = 0; j < categorical; j++)
        {
            var c = new int[rows];
            for (var i = 0; i < rows; i++)
            {
                c[i] = rng.NextDouble() < 0.02 ? CategoricalColumn.MissingCode : rng.NextInt(levels.Length);
            }

            columns.Add(new CategoricalColumn("c" + j.ToString(CultureInfo.InvariantCulture), c, levels));
        }

        return new Table("random", columns);
    }
}
