using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SynthAudit.Metrics.Fidelity.Encoding;

namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>A k-way marginal (k = 1..3) over marginal codes of the encoding: counts its cells for any row multiplicities.</summary>
/// <remarks>Built once per audit: every row gets the dense id of its cell (cells numbered in order of first appearance).
/// Dense tables (many rows per cell) also keep the rows grouped by cell, so a replicate's cell count is a
/// register sum over the cell's rows; sparse tables add each row's multiplicity to its cell. Either way a replicate costs
/// one pass over integer ids, never a re-binning.</remarks>
internal sealed class Marginal
{
    private const int GroupedRowsPerCell = 8;
    private const long MaxFlatMap = 1 << 22;
    private readonly int[]?[] _cells;
    private readonly int[]?[] _start;
    private readonly int[]?[] _grouped;
    private readonly ushort[]?[] _cells16;
    private readonly ushort[]?[] _grouped16;

    /// <summary>Creates the marginal of <paramref name="columns"/> using 10-bin or 20-bin codes.</summary>
    public Marginal(FidelityEncoding encoding, int[] columns, bool twentyBins)
    {
        Columns = columns;
        var codes = columns.Select(c => twentyBins ? encoding.Columns[c].Bins20 : encoding.Columns[c].Bins10).ToArray();
        var radix = columns.Select(c => twentyBins ? encoding.Columns[c].Bins20Cardinality : encoding.Columns[c].Bins10Cardinality).ToArray();
        long product = 1;
        foreach (var r in radix)
        {
            product *= r;
        }

        // Cells are numbered in order of first appearance; a flat (pooled) map when the product of cardinalities is small.
        // Construction works in pooled buffers so that only the compact per-row arrays kept for the replicates are allocated.
        var map = product <= MaxFlatMap ? ArrayPool<int>.Shared.Rent((int)product) : null;
        map?.AsSpan(0, (int)product).Clear();
        var ids = map is null ? new Dictionary<long, int>() : null;
        var next = 0;
        var work = new int[]?[Sides.Count];
        var lengths = new int[Sides.Count];
        for (var s = 0; s < Sides.Count; s++)
        {
            if (codes[0][s] is not { } first)
            {
                continue;
            }

            var cells = ArrayPool<int>.Shared.Rent(Math.Max(1, first.Length));
            lengths[s] = first.Length;
            for (var i = 0; i < first.Length; i++)
            {
                long key = 0;
                for (var m = 0; m < codes.Length; m++)
                {
                    key = key * radix[m] + codes[m][s]![i];
                }

                int id;
                if (map is not null)
                {
                    id = map[key] - 1;
                    if (id < 0)
                    {
                        id = next++;
                        map[key] = id + 1;
                    }
                }
                else if (!ids!.TryGetValue(key, out id))
                {
                    id = next++;
                    ids.Add(key, id);
                }

                cells[i] = id;
            }

            work[s] = cells;
        }

        if (map is not null)
        {
            ArrayPool<int>.Shared.Return(map);
        }

        CellCount = next;
        _cells = new int[]?[Sides.Count];
        _start = new int[]?[Sides.Count];
        _grouped = new int[]?[Sides.Count];
        _cells16 = new ushort[]?[Sides.Count];
        _grouped16 = new ushort[]?[Sides.Count];
        var rows = lengths.Max();
        var grouped = CellCount > 0 && rows / CellCount >= GroupedRowsPerCell;
        for (var s = 0; s < Sides.Count; s++)
        {
            if (work[s] is not { } cells)
            {
                continue;
            }

            var n = lengths[s];
            if (!grouped)
            {
                // Sparse tables: each row's multiplicity is added to its cell; ushort ids halve the memory traffic.
                if (CellCount <= ushort.MaxValue + 1)
                {
                    var compact = new ushort[n];
                    for (var i = 0; i < n; i++)
                    {
                        compact[i] = (ushort)cells[i];
                    }

                    _cells16[s] = compact;
                }
                else
                {
                    _cells[s] = cells.AsSpan(0, n).ToArray();
                }
            }
            else
            {
                // Dense tables: rows grouped by cell, so a cell's count is a register sum over its rows.
                var start = new int[CellCount + 1];
                for (var i = 0; i < n; i++)
                {
                    start[cells[i] + 1]++;
                }

                for (var c = 0; c < CellCount; c++)
                {
                    start[c + 1] += start[c];
                }

                var fill = ArrayPool<int>.Shared.Rent(CellCount);
                start.AsSpan(0, CellCount).CopyTo(fill);
                if (n <= ushort.MaxValue + 1)
                {
                    var g = new ushort[n];
                    for (var i = 0; i < n; i++)
                    {
                        g[fill[cells[i]]++] = (ushort)i;
                    }

                    _grouped16[s] = g;
                }
                else
                {
                    var g = new int[n];
                    for (var i = 0; i < n; i++)
                    {
                        g[fill[cells[i]]++] = i;
                    }

                    _grouped[s] = g;
                }

                ArrayPool<int>.Shared.Return(fill);
                _start[s] = start;
            }

            ArrayPool<int>.Shared.Return(cells);
        }
    }

    /// <summary>The member columns (indices into the encoding).</summary>
    public int[] Columns { get; }

    /// <summary>The number of observed cells.</summary>
    public int CellCount { get; }

    /// <summary>Total variation distance between the cell shares of two row sets; <paramref name="scratch"/> needs
    /// 2 × <see cref="CellCount"/> entries and is left cleared.</summary>
    public double Tvd(int sideA, RowSet a, int sideB, RowSet b, Span<int> scratch)
    {
        if (a.Total == 0 || b.Total == 0)
        {
            return double.NaN;
        }

        var countsA = scratch[..CellCount];
        var countsB = scratch.Slice(CellCount, CellCount);
        Count(sideA, a, countsA);
        Count(sideB, b, countsB);
        double invA = 1.0 / a.Total, invB = 1.0 / b.Total, sum = 0;
        for (var c = 0; c < countsA.Length; c++)
        {
            sum += Math.Abs(countsA[c] * invA - countsB[c] * invB);
        }

        countsA.Clear();
        countsB.Clear();
        return Math.Min(1, 0.5 * sum);
    }

    private void Count(int side, RowSet rows, Span<int> counts)
    {
        if (rows.FitsInBytes)
        {
            Count(side, rows.Multiplicity8, counts);
        }
        else
        {
            Count(side, rows.Multiplicity, counts);
        }
    }

    private void Count<TWeight>(int side, TWeight[] multiplicity, Span<int> counts)
        where TWeight : unmanaged, System.Numerics.IBinaryInteger<TWeight>
    {
        ref var w = ref MemoryMarshal.GetArrayDataReference(multiplicity);
        if (_grouped16[side] is { } grouped16)
        {
            var start = _start[side]!;
            ref var g = ref MemoryMarshal.GetArrayDataReference(grouped16);
            for (var c = 0; c < counts.Length; c++)
            {
                var sum = 0;
                for (var k = start[c]; k < start[c + 1]; k++)
                {
                    sum += int.CreateTruncating(Unsafe.Add(ref w, Unsafe.Add(ref g, k)));
                }

                counts[c] = sum;
            }

            return;
        }

        if (_grouped[side] is { } grouped)
        {
            var start = _start[side]!;
            ref var g = ref MemoryMarshal.GetArrayDataReference(grouped);
            for (var c = 0; c < counts.Length; c++)
            {
                var sum = 0;
                for (var k = start[c]; k < start[c + 1]; k++)
                {
                    sum += int.CreateTruncating(Unsafe.Add(ref w, Unsafe.Add(ref g, k)));
                }

                counts[c] = sum;
            }

            return;
        }

        ref var target = ref MemoryMarshal.GetReference(counts);
        if (_cells16[side] is { } cells16)
        {
            ref var cell = ref MemoryMarshal.GetArrayDataReference(cells16);
            for (var i = 0; i < cells16.Length; i++)
            {
                Unsafe.Add(ref target, Unsafe.Add(ref cell, i)) += int.CreateTruncating(Unsafe.Add(ref w, i));
            }

            return;
        }

        var cells = _cells[side]!;
        ref var cellInt = ref MemoryMarshal.GetArrayDataReference(cells);
        for (var i = 0; i < cells.Length; i++)
        {
            Unsafe.Add(ref target, Unsafe.Add(ref cellInt, i)) += int.CreateTruncating(Unsafe.Add(ref w, i));
        }
    }
}
