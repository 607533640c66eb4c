using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The SIMD kernel of the singling-out count: which of 64 consecutive codes fall in a range <c>[lo, lo + width]</c>,
/// as one bit per row (bit i = row <c>start + i</c>).</summary>
/// <remarks>One unsigned comparison per lane, <c>code − lo ≤ width</c> (wrapping subtraction), so a range costs the same as
/// an equality. A 512-bit vector holds 64 byte codes: one comparison per 64 rows. The code arrays are padded to a whole
/// number of 64-row blocks; the caller masks the padding of the last block.</remarks>
internal static class CodeMask
{
    /// <summary>Rows per block (bits per mask).</summary>
    public const int Block = 64;

    /// <summary>The widest vector this machine accelerates, in bits (512, 256, 128, or 0 for scalar code).</summary>
    public static int NativeWidth { get; } =
        Vector512.IsHardwareAccelerated ? 512 : Vector256.IsHardwareAccelerated ? 256 : Vector128.IsHardwareAccelerated ? 128 : 0;

    /// <summary>The mask of block rows <c>start … start + 63</c> whose code lies in <c>[lo, lo + width]</c>.</summary>
    /// <param name="codes">The codes, length at least <c>start + 64</c>.</param>
    /// <param name="start">The first row of the block (a multiple of 64).</param>
    /// <param name="lo">The lowest code in range.</param>
    /// <param name="width">The range width: highest code minus <paramref name="lo"/>.</param>
    /// <param name="bits">The vector width to use: 512, 256, 128, or 0 for the scalar loop (tests compare them all).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong InRange<T>(T[] codes, int start, T lo, T width, int bits)
        where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
    {
        ref var first = ref MemoryMarshal.GetArrayDataReference(codes);
        ulong mask = 0;
        if (bits == 512)
        {
            var l = Vector512.Create(lo);
            var w = Vector512.Create(width);
            for (var i = 0; i < Block; i += Vector512<T>.Count)
            {
                var v = Vector512.LoadUnsafe(ref first, (nuint)(start + i));
                mask |= Vector512.LessThanOrEqual(v - l, w).ExtractMostSignificantBits() << i;
            }

            return mask;
        }

        if (bits == 256)
        {
            var l = Vector256.Create(lo);
            var w = Vector256.Create(width);
            for (var i = 0; i < Block; i += Vector256<T>.Count)
            {
                var v = Vector256.LoadUnsafe(ref first, (nuint)(start + i));
                mask |= (ulong)Vector256.LessThanOrEqual(v - l, w).ExtractMostSignificantBits() << i;
            }

            return mask;
        }

        if (bits == 128)
        {
            var l = Vector128.Create(lo);
            var w = Vector128.Create(width);
            for (var i = 0; i < Block; i += Vector128<T>.Count)
            {
                var v = Vector128.LoadUnsafe(ref first, (nuint)(start + i));
                mask |= (ulong)Vector128.LessThanOrEqual(v - l, w).ExtractMostSignificantBits() << i;
            }

            return mask;
        }

        for (var i = 0; i < Block; i++)
        {
            if (Unsafe.Add(ref first, start + i) - lo <= width)
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }
}
