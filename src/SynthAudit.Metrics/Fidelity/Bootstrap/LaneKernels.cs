using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>Counting kernels over <see cref="ReplicateLanes"/>: each row adds its 32 lane multiplicities to the 32 lane
/// counters of its cell (<c>counts[cell × 32 + lane]</c>) with 256-bit vector adds.</summary>
/// <remarks>Integer sums, so every lane's counts equal those of the per-replicate loops whatever the order.
/// <see cref="Tvd"/> sums each lane's cells in cell order with the scalar formula, so it is bit-identical to
/// <see cref="Marginal.Tvd"/> on that replicate. The kernels are compiled fully optimised at once (a one-shot audit
/// would otherwise run their vector code at tier 0 for a while).</remarks>
internal static class LaneKernels
{
    private const int W = ReplicateLanes.Width;

    /// <summary>Adds each row's lane multiplicities to the counters of cell <c>cells[row]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scatter<TIndex>(ReadOnlySpan<TIndex> cells, byte[] weights, Span<int> counts)
        where TIndex : unmanaged, IBinaryInteger<TIndex>
    {
        ref var w = ref MemoryMarshal.GetArrayDataReference(weights);
        ref var target = ref MemoryMarshal.GetReference(counts);
        for (var i = 0; i < cells.Length; i++)
        {
            Add(ref Unsafe.Add(ref w, (nint)i * W), ref Unsafe.Add(ref target, (nint)int.CreateTruncating(cells[i]) * W));
        }
    }

    /// <summary>Adds the lane multiplicities of rows <paramref name="from"/>.. (as many as <paramref name="cells"/>) to
    /// the counters of their cells.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scatter(ReadOnlySpan<int> cells, int from, byte[] weights, Span<int> counts)
    {
        ref var w = ref MemoryMarshal.GetArrayDataReference(weights);
        ref var target = ref MemoryMarshal.GetReference(counts);
        for (var i = 0; i < cells.Length; i++)
        {
            Add(ref Unsafe.Add(ref w, (nint)(from + i) * W), ref Unsafe.Add(ref target, (nint)cells[i] * W));
        }
    }

    /// <summary>Counts cells whose rows are listed together (<c>grouped[start[c] .. start[c + 1]]</c> are the rows of
    /// cell c): the lane sums stay in registers and are stored once per cell.</summary>
    /// <remarks>Rows are summed as 16-bit lanes in runs of at most 257 (257 × 255 = 65,535 cannot overflow), each run
    /// then added to 32-bit sums: two widening loads and two adds per row instead of four of each.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Grouped<TIndex>(int[] start, TIndex[] grouped, byte[] weights, Span<int> counts)
        where TIndex : unmanaged, IBinaryInteger<TIndex>
    {
        const int Run = 257;
        ref var w = ref MemoryMarshal.GetArrayDataReference(weights);
        ref var g = ref MemoryMarshal.GetArrayDataReference(grouped);
        ref var target = ref MemoryMarshal.GetReference(counts);
        var cellCount = start.Length - 1;
        for (var c = 0; c < cellCount; c++)
        {
            Vector256<uint> a0 = default, a1 = default, a2 = default, a3 = default;
            for (var k = start[c]; k < start[c + 1];)
            {
                var end = Math.Min(start[c + 1], k + Run);
                Vector256<ushort> s0 = default, s1 = default;
                for (; k < end; k++)
                {
                    ref var row = ref Unsafe.Add(ref w, (nint)int.CreateTruncating(Unsafe.Add(ref g, k)) * W);
                    s0 += Widen16(Vector128.LoadUnsafe(ref row));
                    s1 += Widen16(Vector128.LoadUnsafe(ref row, 16));
                }

                var (x0, x1) = Vector256.Widen(s0);
                var (x2, x3) = Vector256.Widen(s1);
                a0 += x0;
                a1 += x1;
                a2 += x2;
                a3 += x3;
            }

            ref var dst = ref Unsafe.As<int, uint>(ref Unsafe.Add(ref target, (nint)c * W));
            a0.StoreUnsafe(ref dst);
            a1.StoreUnsafe(ref dst, 8);
            a2.StoreUnsafe(ref dst, 16);
            a3.StoreUnsafe(ref dst, 24);
        }
    }

    /// <summary>Each valid lane's total variation distance between the cell shares of two count tables of
    /// <paramref name="cells"/> cells, with the scalar formula of <see cref="Marginal.Tvd"/>; <paramref name="a"/> and
    /// <paramref name="b"/> are cleared afterwards.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tvd(Span<int> a, ReplicateLanes lanesA, Span<int> b, ReplicateLanes lanesB, int cells, Span<double> result)
    {
        Span<double> invA = stackalloc double[W];
        Span<double> invB = stackalloc double[W];
        Span<double> sum = stackalloc double[W];
        for (var l = 0; l < W; l++)
        {
            invA[l] = 1.0 / lanesA.Totals[l];
            invB[l] = 1.0 / lanesB.Totals[l];
            sum[l] = 0;
        }

        for (var c = 0; c < cells; c++)
        {
            var ca = a.Slice(c * W, W);
            var cb = b.Slice(c * W, W);
            for (var l = 0; l < W; l++)
            {
                sum[l] += Math.Abs(ca[l] * invA[l] - cb[l] * invB[l]);
            }
        }

        for (var l = 0; l < W; l++)
        {
            result[l] = lanesA.Totals[l] == 0 || lanesB.Totals[l] == 0 ? double.NaN : Math.Min(1, 0.5 * sum[l]);
        }

        a[..(cells * W)].Clear();
        b[..(cells * W)].Clear();
    }

    /// <summary>16 bytes zero-extended to 16 ushort lanes (one instruction with AVX2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Widen16(Vector128<byte> bytes) =>
        Avx2.IsSupported ? Avx2.ConvertToVector256Int16(bytes).AsUInt16() : Vector256.Create(Vector128.WidenLower(bytes), Vector128.WidenUpper(bytes));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref byte source, ref int target)
    {
        var (lo, hi) = Vector256.Widen(Vector256.LoadUnsafe(ref source));
        var (x0, x1) = Vector256.Widen(lo);
        var (x2, x3) = Vector256.Widen(hi);
        ref var dst = ref Unsafe.As<int, uint>(ref target);
        (Vector256.LoadUnsafe(ref dst) + x0).StoreUnsafe(ref dst);
        (Vector256.LoadUnsafe(ref dst, 8) + x1).StoreUnsafe(ref dst, 8);
        (Vector256.LoadUnsafe(ref dst, 16) + x2).StoreUnsafe(ref dst, 16);
        (Vector256.LoadUnsafe(ref dst, 24) + x3).StoreUnsafe(ref dst, 24);
    }
}
