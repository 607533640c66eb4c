using System.Collections.Immutable;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Fidelity.Encoding;

/// <summary>The integer encoding of every used column of an audit, built once and shared by all fidelity metrics.</summary>
/// <remarks>Built in <c>O(N log N)</c> per numeric column (one sort of real ∪ synthetic ∪ holdout values). Every later
/// computation, including each bootstrap replicate, works on these codes only.</remarks>
internal sealed class FidelityEncoding
{
    private FidelityEncoding(ImmutableArray<EncodedColumn> columns, int[] rowCounts, ImmutableArray<string> notes)
    {
        Columns = columns;
        RowCounts = rowCounts;
        Notes = notes;
    }

    /// <summary>The encoded columns, in schema order.</summary>
    public ImmutableArray<EncodedColumn> Columns { get; }

    /// <summary>Rows per side (0 for an absent holdout).</summary>
    public int[] RowCounts { get; }

    /// <summary>Whether a holdout table is encoded.</summary>
    public bool HasHoldout => Columns.Length > 0 && Columns[0].Codes[Sides.Holdout] is not null;

    /// <summary>Remarks on columns that could not be encoded.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Encodes the used columns of <paramref name="input"/>.</summary>
    public static FidelityEncoding Build(AuditInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var tables = new[] { input.Real, input.Synthetic, input.Holdout };
        var columns = new List<EncodedColumn>();
        var notes = new List<string>();
        foreach (var schema in input.Schema.Used)
        {
            var cols = tables.Select(t => t is null || !t.Contains(schema.Name) ? null : t[schema.Name]).ToArray();
            if (cols[Sides.Real] is null || cols[Sides.Synthetic] is null)
            {
                notes.Add(schema.Name + ": missing from the real or synthetic table");
                continue;
            }

            if (cols.All(c => c is null or NumericColumn))
            {
                columns.Add(EncodeNumeric(schema.Name, cols.Select(c => (c as NumericColumn)?.Values).ToArray()));
            }
            else if (cols.All(c => c is null or CategoricalColumn))
            {
                var cat = (CategoricalColumn)cols[Sides.Real]!;
                columns.Add(EncodeCategorical(schema.Name, cat.Levels, cols.Select(c => (c as CategoricalColumn)?.Codes).ToArray()));
            }
            else
            {
                notes.Add(schema.Name + ": numeric in one table and categorical in another");
            }
        }

        var rows = tables.Select(t => t?.RowCount ?? 0).ToArray();
        return new FidelityEncoding([.. columns], rows, [.. notes]);
    }

    private static EncodedColumn EncodeNumeric(string name, double[]?[] values)
    {
        var total = values.Sum(v => v?.Length ?? 0);
        var keys = new double[total];
        var origin = new long[total];
        var n = 0;
        for (var s = 0; s < Sides.Count; s++)
        {
            if (values[s] is not { } v)
            {
                continue;
            }

            for (var i = 0; i < v.Length; i++)
            {
                if (double.IsFinite(v[i]))
                {
                    keys[n] = v[i];
                    origin[n] = ((long)s << 32) | (uint)i;
                    n++;
                }
            }
        }

        Array.Sort(keys, origin, 0, n);
        var codes = new int[]?[Sides.Count];
        for (var s = 0; s < Sides.Count; s++)
        {
            if (values[s] is { } v)
            {
                codes[s] = new int[v.Length];
                Array.Fill(codes[s]!, -1);
            }
        }

        var distinct = new List<double>();
        var realSorted = new List<double>();
        for (var k = 0; k < n; k++)
        {
            var x = keys[k];
            if (distinct.Count == 0 || !SameAtTwelveDigits(distinct[^1], x))
            {
                distinct.Add(x);
            }

            var side = (int)(origin[k] >> 32);
            codes[side]![(int)(origin[k] & 0xFFFFFFFF)] = distinct.Count - 1;
            if (side == Sides.Real)
            {
                realSorted.Add(x);
            }
        }

        var distinctArray = distinct.ToArray();
        var real = realSorted.ToArray();
        var (bins10, card10, edges10) = Bin(codes, distinctArray, real, 10);
        var (bins20, card20, edges20) = Bin(codes, distinctArray, real, 20);
        return new EncodedColumn(name, true, codes, distinctArray.Length, distinctArray, ImmutableArray<string>.Empty,
            bins10, card10, edges10, bins20, card20, edges20);
    }

    private static (int[]?[] Bins, int Cardinality, double[] Edges) Bin(int[]?[] codes, double[] distinct, double[] realSorted, int bins)
    {
        var edges = QuantileBinning.Edges(realSorted, bins);
        var binOf = new int[distinct.Length];
        for (var r = 0; r < distinct.Length; r++)
        {
            binOf[r] = QuantileBinning.BinOf(edges, distinct[r]);
        }

        var missing = edges.Length + 1;
        var result = new int[]?[Sides.Count];
        for (var s = 0; s < Sides.Count; s++)
        {
            if (codes[s] is not { } c)
            {
                continue;
            }

            var b = new int[c.Length];
            for (var i = 0; i < c.Length; i++)
            {
                b[i] = c[i] >= 0 ? binOf[c[i]] : missing;
            }

            result[s] = b;
        }

        return (result, edges.Length + 2, edges);
    }

    private static EncodedColumn EncodeCategorical(string name, ImmutableArray<string> levels, int[]?[] source)
    {
        var cardinality = levels.Length;
        var codes = new int[]?[Sides.Count];
        var bins = new int[]?[Sides.Count];
        for (var s = 0; s < Sides.Count; s++)
        {
            if (source[s] is not { } c)
            {
                continue;
            }

            var copy = new int[c.Length];
            var binned = new int[c.Length];
            for (var i = 0; i < c.Length; i++)
            {
                var code = c[i] >= 0 && c[i] < cardinality ? c[i] : -1;
                copy[i] = code;
                binned[i] = code >= 0 ? code : cardinality;
            }

            codes[s] = copy;
            bins[s] = binned;
        }

        return new EncodedColumn(name, false, codes, cardinality, [], levels, bins, cardinality + 1, [], bins, cardinality + 1, []);
    }

    /// <summary>Whether two sorted neighbours are equal after rounding to 12 significant digits (docs/metrics.md section 0.3).</summary>
    private static bool SameAtTwelveDigits(double previous, double next) =>
        next == previous || next - previous <= 5e-13 * Math.Max(Math.Abs(previous), Math.Abs(next));
}
