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
    private const long MaxDirectCells = 1 << 14;
    private readonly byte[]?[][]? _direct;
    private readonly int[] _radix = [];

    [ThreadStatic]
    private static int[]? s_lanes;
    private readonly int[]?[] _cells;
    private readonly int[]?[] _start;
    private readonly int[]?[] _grouped;
    private readonly ushort[]?[] _cells16;
    private readonly ushort[]?[] _grouped16;

    /// <summary>Creates the marginal of <paramref name="columns"/> using 10-bin or 20-bin codes.</summary>
    /// <param name="encoding">The encoding.</param>
    /// <param name="columns">The member columns.</param>
    /// <param name="twentyBins">Whether to use the 20-bin codes (k-marginals) rather than the 10-bin codes (pairs).</param>
    /// <param name="byteCodes">The shared byte copies of the bin codes (see <see cref="ByteCodes"/>); when every member
    /// has one and the product of the cardinalities is small, the marginal keeps no per-row array of its own.</param>
    public Marginal(FidelityEncoding encoding, int[] columns, bool twentyBins, ByteCodes? byteCodes = null)
    {
        Columns = columns;
        var codes = columns.Select(c => twentyBins ? encoding.Columns[c].Bins20 : encoding.Columns[c].Bins10).ToArray();
        var radix = columns.Select(c => twentyBins ? encoding.Columns[c].Bins20Cardinality : encoding.Columns[c].Bins10Cardinality).ToArray();
        long product = 1;
        foreach (var r in radix)
        {
            product *= r;
        }

        if (byteCodes is not null && columns.Length <= 3 && product <= MaxDirectCells && radix.All(r => r <= 256))
        {
            // Direct mode: a row's cell is computed from the shared byte codes in every pass, so the marginal costs no
            // memory per row (305 marginals of a 1M-row audit held 2.8 GB of per-row cell ids before, issue 17).
            _direct = [.. columns.Select(c => byteCodes.Get(c, twentyBins))];
            _radix = radix;
            CellCount = (int)product;
            _cells = _start = _grouped = [];
            _cells16 = _grouped16 = [];
            return;
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

    /// <summary>How the rows' cells are stored: direct, grouped16, grouped32, cells16 or cells32.</summary>
    public string Layout => _direct is not null ? "direct"
        : _grouped16.Any(g => g is not null) ? "grouped16"
        : _grouped.Any(g => g is not null) ? "grouped32"
        : _cells16.Any(c => c is not null) ? "cells16" : "cells32";

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

    /// <summary>Counts the cells of side <paramref name="side"/> for every lane of <paramref name="lanes"/> at once into
    /// <paramref name="counts"/> (<c>counts[cell × 32 + lane]</c>, <see cref="CellCount"/> × 32 entries, cleared on entry).</summary>
    public void CountLanes(int side, ReplicateLanes lanes, Span<int> counts)
    {
        ArgumentNullException.ThrowIfNull(lanes);
        var weights = lanes.Weights;
        if (_direct is { } direct)
        {
            Span<int> cells = stackalloc int[256];
            var a = direct[0][side]!;
            ref var ra = ref MemoryMarshal.GetArrayDataReference(a);
            ref var rb = ref direct.Length > 1 ? ref MemoryMarshal.GetArrayDataReference(direct[1][side]!) : ref ra;
            ref var rc = ref direct.Length > 2 ? ref MemoryMarshal.GetArrayDataReference(direct[2][side]!) : ref ra;
            int r1 = direct.Length > 1 ? _radix[1] : 1, r2 = direct.Length > 2 ? _radix[2] : 1;
            for (var from = 0; from < a.Length; from += cells.Length)
            {
                var chunk = cells[..Math.Min(cells.Length, a.Length - from)];
                for (var i = 0; i < chunk.Length; i++)
                {
                    chunk[i] = Cell(direct.Length, ref ra, ref rb, ref rc, r1, r2, from + i);
                }

                LaneKernels.Scatter(chunk, from, weights, counts);
            }
        }
        else if (_grouped16[side] is { } grouped16)
        {
            LaneKernels.Grouped(_start[side]!, grouped16, weights, counts);
        }
        else if (_grouped[side] is { } grouped)
        {
            LaneKernels.Grouped(_start[side]!, grouped, weights, counts);
        }
        else if (_cells16[side] is { } cells16)
        {
            LaneKernels.Scatter<ushort>(cells16, weights, counts);
        }
        else
        {
            LaneKernels.Scatter<int>(_cells[side]!, weights, counts);
        }
    }

    private void CountDirect<TWeight>(byte[]?[][] direct, int side, ref TWeight w, Span<int> counts)
        where TWeight : unmanaged, System.Numerics.IBinaryInteger<TWeight>
    {
        // Four interleaved partial histograms: consecutive rows often fall into one cell, and a single histogram would
        // make every increment wait for the previous one (store-to-load dependency).
        var cells = counts.Length;
        var lanes = s_lanes is { } l && l.Length >= 4 * cells ? l : (s_lanes = new int[Math.Max(4 * cells, 1024)]);
        ref var h = ref MemoryMarshal.GetArrayDataReference(lanes);
        var a = direct[0][side]!;
        ref var ra = ref MemoryMarshal.GetArrayDataReference(a);
        var n = a.Length;
        int r1 = direct.Length > 1 ? _radix[1] : 1, r2 = direct.Length > 2 ? _radix[2] : 1;
        ref var rb = ref direct.Length > 1 ? ref MemoryMarshal.GetArrayDataReference(direct[1][side]!) : ref ra;
        ref var rc = ref direct.Length > 2 ? ref MemoryMarshal.GetArrayDataReference(direct[2][side]!) : ref ra;
        ref var h1 = ref Unsafe.Add(ref h, cells);
        ref var h2 = ref Unsafe.Add(ref h, 2 * cells);
        ref var h3 = ref Unsafe.Add(ref h, 3 * cells);
        var i = 0;
        if (direct.Length == 3)
        {
            for (; i + 4 <= n; i += 4)
            {
                Unsafe.Add(ref h, (((Unsafe.Add(ref ra, i) * r1) + Unsafe.Add(ref rb, i)) * r2) + Unsafe.Add(ref rc, i)) += int.CreateTruncating(Unsafe.Add(ref w, i));
                Unsafe.Add(ref h1, (((Unsafe.Add(ref ra, i + 1) * r1) + Unsafe.Add(ref rb, i + 1)) * r2) + Unsafe.Add(ref rc, i + 1)) += int.CreateTruncating(Unsafe.Add(ref w, i + 1));
                Unsafe.Add(ref h2, (((Unsafe.Add(ref ra, i + 2) * r1) + Unsafe.Add(ref rb, i + 2)) * r2) + Unsafe.Add(ref rc, i + 2)) += int.CreateTruncating(Unsafe.Add(ref w, i + 2));
                Unsafe.Add(ref h3, (((Unsafe.Add(ref ra, i + 3) * r1) + Unsafe.Add(ref rb, i + 3)) * r2) + Unsafe.Add(ref rc, i + 3)) += int.CreateTruncating(Unsafe.Add(ref w, i + 3));
            }
        }
        else if (direct.Length == 2)
        {
            for (; i + 4 <= n; i += 4)
            {
                Unsafe.Add(ref h, (Unsafe.Add(ref ra, i) * r1) + Unsafe.Add(ref rb, i)) += int.CreateTruncating(Unsafe.Add(ref w, i));
                Unsafe.Add(ref h1, (Unsafe.Add(ref ra, i + 1) * r1) + Unsafe.Add(ref rb, i + 1)) += int.CreateTruncating(Unsafe.Add(ref w, i + 1));
                Unsafe.Add(ref h2, (Unsafe.Add(ref ra, i + 2) * r1) + Unsafe.Add(ref rb, i + 2)) += int.CreateTruncating(Unsafe.Add(ref w, i + 2));
                Unsafe.Add(ref h3, (Unsafe.Add(ref ra, i + 3) * r1) + Unsafe.Add(ref rb, i + 3)) += int.CreateTruncating(Unsafe.Add(ref w, i + 3));
            }
        }

        var width = direct.Length;
        for (; i < n; i++)
        {
            Unsafe.Add(ref h, Cell(width, ref ra, ref rb, ref rc, r1, r2, i)) += int.CreateTruncating(Unsafe.Add(ref w, i));
        }

        for (var c = 0; c < cells; c++)
        {
            counts[c] = lanes[c] + lanes[cells + c] + lanes[(2 * cells) + c] + lanes[(3 * cells) + c];
        }

        lanes.AsSpan(0, 4 * cells).Clear();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Cell(int width, ref byte a, ref byte b, ref byte c, int r1, int r2, int i) => width switch
    {
        1 => Unsafe.Add(ref a, i),
        2 => (Unsafe.Add(ref a, i) * r1) + Unsafe.Add(ref b, i),
        _ => (((Unsafe.Add(ref a, i) * r1) + Unsafe.Add(ref b, i)) * r2) + Unsafe.Add(ref c, i),
    };

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
        if (_direct is { } direct)
        {
            CountDirect(direct, side, ref w, counts);
            return;
        }

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
