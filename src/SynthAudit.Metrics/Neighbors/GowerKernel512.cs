using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SynthAudit.Metrics.Neighbors;

/// <summary>The AVX-512 distance kernel of <see cref="NearestNeighbors"/>: the float Gower sums of four query rows against a
/// block of reference rows, written to a buffer (no calls and no branches in the loop, so every JIT tier keeps the
/// accumulators in registers).</summary>
/// <remarks>Equality columns with byte codes (<see cref="GowerMatrix.Bytes"/>) are compared 64 rows at a time: a byte counter
/// per row starts at the number of such columns and loses one per match, so it ends as the exact mismatch count. The other
/// columns add <c>min(1, |r − q|)</c> on the float encoding, one <c>VRANGEPS</c> (smaller magnitude of the difference and 1,
/// sign cleared) after the subtraction. The sum differs from the column-order float sum only by rounding, within the
/// search's error bound.</remarks>
internal static class GowerKernel512
{
    /// <summary>Reference rows per chunk of byte codes.</summary>
    public const int Chunk = 64;

    private const byte MinMagnitudeClearSign = 0b1010;

    /// <summary>Whether this machine runs the kernel.</summary>
    public static bool IsSupported => Vector512.IsHardwareAccelerated && Avx512DQ.IsSupported && Avx512BW.IsSupported;

    /// <summary>Writes the float sums of query rows 0–3 against reference rows <paramref name="start"/> …
    /// <paramref name="end"/> − 1 to <paramref name="sums"/>: query q's sums at <c>q · stride + (row − start)</c>.</summary>
    /// <param name="refBytes">The reference's byte-code columns.</param>
    /// <param name="refFloats">The reference's float columns (the other searched columns).</param>
    /// <param name="queryBytes">Per query and byte column, the query's code broadcast: index <c>q · refBytes.Length + c</c>.</param>
    /// <param name="queryFloats">Per query and float column, the query's encoded value: index <c>q · refFloats.Length + c</c>.</param>
    /// <param name="start">The first reference row (a multiple of 64).</param>
    /// <param name="end">One past the last reference row (a multiple of 64, within the padded length).</param>
    /// <param name="sums">The output, at least <c>3 · stride + end − start</c> long.</param>
    /// <param name="stride">The distance between two queries' sums in <paramref name="sums"/>.</param>
    public static void Sums4(byte[][] refBytes, float[][] refFloats, Vector512<byte>[] queryBytes, float[] queryFloats,
        int start, int end, float[] sums, int stride)
    {
        var nb = refBytes.Length;
        var nf = refFloats.Length;
        var initial = Vector512.Create((byte)nb);
        var one = Vector512<float>.One;
        Span<byte> counts = stackalloc byte[4 * Chunk];
        ref var qb = ref MemoryMarshal.GetArrayDataReference(queryBytes);
        ref var qf = ref MemoryMarshal.GetArrayDataReference(queryFloats);
        ref var c0 = ref MemoryMarshal.GetReference(counts);
        ref var out0 = ref MemoryMarshal.GetArrayDataReference(sums);
        for (var v = start; v < end; v += Chunk)
        {
            var m0 = initial;
            var m1 = initial;
            var m2 = initial;
            var m3 = initial;
            for (var c = 0; c < nb; c++)
            {
                var r = Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(refBytes[c]), (nuint)v);
                m0 += Vector512.Equals(r, Unsafe.Add(ref qb, c));
                m1 += Vector512.Equals(r, Unsafe.Add(ref qb, nb + c));
                m2 += Vector512.Equals(r, Unsafe.Add(ref qb, (2 * nb) + c));
                m3 += Vector512.Equals(r, Unsafe.Add(ref qb, (3 * nb) + c));
            }

            m0.StoreUnsafe(ref c0);
            m1.StoreUnsafe(ref c0, Chunk);
            m2.StoreUnsafe(ref c0, 2 * Chunk);
            m3.StoreUnsafe(ref c0, 3 * Chunk);
            for (var s = 0; s < Chunk; s += Vector512<float>.Count)
            {
                var a0 = Widen(ref c0, s);
                var a1 = Widen(ref c0, Chunk + s);
                var a2 = Widen(ref c0, (2 * Chunk) + s);
                var a3 = Widen(ref c0, (3 * Chunk) + s);
                for (var c = 0; c < nf; c++)
                {
                    var r = Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(refFloats[c]), (nuint)(v + s));
                    a0 += Avx512DQ.Range(r - Vector512.Create(Unsafe.Add(ref qf, c)), one, MinMagnitudeClearSign);
                    a1 += Avx512DQ.Range(r - Vector512.Create(Unsafe.Add(ref qf, nf + c)), one, MinMagnitudeClearSign);
                    a2 += Avx512DQ.Range(r - Vector512.Create(Unsafe.Add(ref qf, (2 * nf) + c)), one, MinMagnitudeClearSign);
                    a3 += Avx512DQ.Range(r - Vector512.Create(Unsafe.Add(ref qf, (3 * nf) + c)), one, MinMagnitudeClearSign);
                }

                var at = (nuint)(v - start + s);
                a0.StoreUnsafe(ref out0, at);
                a1.StoreUnsafe(ref out0, at + (nuint)stride);
                a2.StoreUnsafe(ref out0, at + (nuint)(2 * stride));
                a3.StoreUnsafe(ref out0, at + (nuint)(3 * stride));
            }
        }
    }

    /// <summary>16 byte counters as floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Widen(ref byte counts, int offset) =>
        Avx512F.ConvertToVector512Single(Avx512F.ConvertToVector512Int32(Vector128.LoadUnsafe(ref counts, (nuint)offset)));
}
