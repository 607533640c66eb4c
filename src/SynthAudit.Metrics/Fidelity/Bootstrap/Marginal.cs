using System.Numerics.Tensors;
using SynthAudit.Metrics.Fidelity.Encoding;

namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>A k-way marginal (k = 1..3) over marginal codes of the encoding: counts its cells for any row set.</summary>
/// <remarks>Cells are mixed-radix numbers of the member codes; when the product of cardinalities is large the observed
/// cells are numbered once (dense ids per row) so tables stay small.</remarks>
internal sealed class Marginal
{
    private const long MaxDirectCells = 1 << 18;
    private readonly int[]?[][] _codes;
    private readonly int[] _radix;
    private readonly int[]?[]? _dense;

    /// <summary>Creates the marginal of <paramref name="columns"/> using 10-bin or 20-bin codes.</summary>
    public Marginal(FidelityEncoding encoding, int[] columns, bool twentyBins)
    {
        Columns = columns;
        _codes = columns.Select(c => twentyBins ? encoding.Columns[c].Bins20 : encoding.Columns[c].Bins10).ToArray();
        _radix = columns.Select(c => twentyBins ? encoding.Columns[c].Bins20Cardinality : encoding.Columns[c].Bins10Cardinality).ToArray();
        long product = 1;
        foreach (var r in _radix)
        {
            product *= r;
        }

        if (product <= MaxDirectCells)
        {
            CellCount = (int)product;
            return;
        }

        var ids = new Dictionary<long, int>();
        _dense = new int[]?[Sides.Count];
        for (var s = 0; s < Sides.Count; s++)
        {
            if (_codes[0][s] is not { } first)
            {
                continue;
            }

            var dense = new int[first.Length];
            for (var i = 0; i < dense.Length; i++)
            {
                long key = 0;
                for (var m = 0; m < _codes.Length; m++)
                {
                    key = key * _radix[m] + _codes[m][s]![i];
                }

                if (!ids.TryGetValue(key, out var id))
                {
                    id = ids.Count;
                    ids.Add(key, id);
                }

                dense[i] = id;
            }

            _dense[s] = dense;
        }

        CellCount = ids.Count;
    }

    /// <summary>The member columns (indices into the encoding).</summary>
    public int[] Columns { get; }

    /// <summary>The number of cells a table needs.</summary>
    public int CellCount { get; }

    /// <summary>Adds <c>scale × multiplicity</c> of each row of <paramref name="rows"/> to its cell of <paramref name="table"/>.</summary>
    public void Accumulate(int side, RowSet rows, double scale, Span<double> table)
    {
        var idx = rows.Rows;
        var w = rows.Weights;
        var n = rows.Count;
        if (_dense is not null)
        {
            var d = _dense[side]!;
            for (var k = 0; k < n; k++)
            {
                table[d[idx[k]]] += scale * w[k];
            }

            return;
        }

        switch (_codes.Length)
        {
            case 1:
            {
                var a = _codes[0][side]!;
                for (var k = 0; k < n; k++)
                {
                    table[a[idx[k]]] += scale * w[k];
                }

                break;
            }

            case 2:
            {
                var a = _codes[0][side]!;
                var b = _codes[1][side]!;
                var rb = _radix[1];
                for (var k = 0; k < n; k++)
                {
                    var r = idx[k];
                    table[a[r] * rb + b[r]] += scale * w[k];
                }

                break;
            }

            default:
            {
                var a = _codes[0][side]!;
                var b = _codes[1][side]!;
                var c = _codes[2][side]!;
                var rb = _radix[1];
                var rc = _radix[2];
                for (var k = 0; k < n; k++)
                {
                    var r = idx[k];
                    table[(a[r] * rb + b[r]) * rc + c[r]] += scale * w[k];
                }

                break;
            }
        }
    }

    /// <summary>Total variation distance between the two row sets' cell shares; clears the used part of <paramref name="table"/>.</summary>
    public double Tvd(int sideA, RowSet a, int sideB, RowSet b, Span<double> table)
    {
        if (a.Total == 0 || b.Total == 0)
        {
            return double.NaN;
        }

        var t = table[..CellCount];
        Accumulate(sideA, a, 1.0 / a.Total, t);
        Accumulate(sideB, b, -1.0 / b.Total, t);
        var sum = TensorPrimitives.SumOfMagnitudes<double>(t);
        t.Clear();
        return Math.Min(1, 0.5 * sum);
    }
}
