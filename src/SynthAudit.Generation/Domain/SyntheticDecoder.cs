using System.Collections.Immutable;
using SynthAudit.Core.Data;
using SynthAudit.Core.Randomness;

namespace SynthAudit.Generation.Domain;

/// <summary>Turns sampled level indices back into values: rare → a uniform merged level, bin → a uniform value inside it
/// (integers as integers), category → its text, missing → empty (docs/dp-generator.md 2.3, 3 step 5). Post-processing.</summary>
internal static class SyntheticDecoder
{
    /// <summary>The text written for the other level.</summary>
    public const string OtherLabel = "(other)";

    public static Table Decode(DomainSpec domain, int[][] codes, int[][]?[] groups, double[][]?[]? weights, DeterministicRandom random)
    {
        var columns = new List<Column>(domain.Columns.Length);
        for (var i = 0; i < domain.Columns.Length; i++)
        {
            var spec = domain.Columns[i];
            var levels = codes[i];
            var original = new int[levels.Length];
            var g = groups[i];
            var w = weights?[i];
            for (var r = 0; r < levels.Length; r++)
            {
                var level = levels[r];
                original[r] = g is null ? level : g[level].Length == 1 ? g[level][0] : g[level][Pick(w?[level], g[level].Length, random)];
            }

            columns.Add(spec.Kind == DomainColumnKind.Numeric ? DecodeNumeric(spec, original, random) : DecodeCategorical(spec, original));
        }

        return new Table("synthetic", columns);
    }

    /// <summary>An index below <paramref name="count"/> drawn with probability proportional to <paramref name="weights"/>
    /// (uniformly when null).</summary>
    private static int Pick(double[]? weights, int count, DeterministicRandom random)
    {
        if (weights is null)
        {
            return random.NextInt(count);
        }

        var u = random.NextDouble() * weights.Sum();
        for (var k = 0; k < count - 1; k++)
        {
            u -= weights[k];
            if (u < 0)
            {
                return k;
            }
        }

        return count - 1;
    }

    /// <summary>A value drawn uniformly inside bin <paramref name="k"/>.</summary>
    internal static double UnBin(DomainColumn spec, int k, DeterministicRandom random)
    {
        var lo = spec.Edges[k];
        var hi = spec.Edges[k + 1];
        var last = k == spec.Edges.Length - 2;
        if (!spec.Integer)
        {
            // A one-ulp bin [v, v⁺) holds the exact value v (a point mass); otherwise uniform, kept below the upper edge.
            var v = lo + ((hi - lo) * random.NextDouble());
            return v < hi || last ? v : lo;
        }

        var first = Math.Ceiling(lo);
        var end = last ? Math.Floor(hi) : Math.Ceiling(hi) - 1;
        if (end < first)
        {
            return Math.Round(0.5 * (lo + hi));
        }

        var span = end - first + 1;
        return span > int.MaxValue ? Math.Floor(first + (span * random.NextDouble())) : first + random.NextInt((int)span);
    }

    private static NumericColumn DecodeNumeric(DomainColumn spec, int[] levels, DeterministicRandom random)
    {
        var values = new double[levels.Length];
        for (var r = 0; r < levels.Length; r++)
        {
            var k = levels[r];
            values[r] = k == spec.MissingIndex ? double.NaN : UnBin(spec, k, random);
        }

        return new NumericColumn(spec.Name, values);
    }

    private static CategoricalColumn DecodeCategorical(DomainColumn spec, int[] levels)
    {
        var names = spec.Other ? spec.Categories.Add(OtherLabel) : spec.Categories;
        var codes = new int[levels.Length];
        for (var r = 0; r < levels.Length; r++)
        {
            codes[r] = levels[r] == spec.MissingIndex ? CategoricalColumn.MissingCode : levels[r];
        }

        return new CategoricalColumn(spec.Name, codes, names.IsDefault ? ImmutableArray<string>.Empty : names);
    }
}
