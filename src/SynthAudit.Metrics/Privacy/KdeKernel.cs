using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The fused kernel of <see cref="GaussianKde"/>: for one query point, <c>log Σᵢ exp(−½ Σⱼ (sᵢⱼ − qⱼ)²)</c> over
/// bandwidth-scaled data points <c>sᵢ</c>, in one pass over the data.</summary>
/// <remarks>
/// The data are stored in blocks of <see cref="Lanes"/> points (all dimensions of one block contiguous, one point per
/// lane, the last block padded with +∞, whose terms are exactly zero). For each chunk of <see cref="ChunkBlocks"/>
/// blocks (1,024 points: the exponent buffer stays in the first-level cache) the squared distances are summed over the
/// dimensions in registers and written once, with the chunk minimum tracked in the same pass; a second pass over the
/// buffer sums <c>exp(−½(e − min))</c> (arguments floored at <see cref="KdeExp.Floor"/>: each chunk sum holds a term of
/// exactly 1, so a floored term of 3e−308 changes no sum beyond rounding); chunks are merged with the online log-sum-exp around the running minimum.
/// Every lane is accumulated in the same order whether the hardware uses one 512-bit or two 256-bit vectors, and the
/// eight lane sums are added in lane order, so the result does not depend on the vector width or the thread count.
/// </remarks>
internal static class KdeKernel
{
    /// <summary>Points per block: eight doubles, one 512-bit vector or two 256-bit vectors.</summary>
    public const int Lanes = 8;

    /// <summary>Blocks per chunk (1,024 points).</summary>
    public const int ChunkBlocks = 128;

    /// <summary>The blocked layout of column-major data scaled by <paramref name="scale"/> per dimension.</summary>
    public static double[] Pack(double[][] data, double[] scale)
    {
        var d = data.Length;
        var n = data[0].Length;
        var blocks = (n + Lanes - 1) / Lanes;
        var packed = new double[blocks * d * Lanes];
        for (var b = 0; b < blocks; b++)
        {
            for (var j = 0; j < d; j++)
            {
                var offset = ((b * d) + j) * Lanes;
                for (var lane = 0; lane < Lanes; lane++)
                {
                    var i = (b * Lanes) + lane;
                    packed[offset + lane] = i < n ? data[j][i] * scale[j] : double.PositiveInfinity;
                }
            }
        }

        return packed;
    }

    /// <summary><c>log Σᵢ exp(−½ ‖sᵢ − q‖²)</c> over the <paramref name="packed"/> data of <paramref name="dimensions"/>
    /// dimensions; <paramref name="buffer"/> holds at least <see cref="ChunkBlocks"/> × <see cref="Lanes"/> values.</summary>
    public static double LogSumExp(double[] packed, int dimensions, ReadOnlySpan<double> query, double[] buffer, bool wide)
    {
        var blocks = packed.Length / (dimensions * Lanes);
        double runningMin = double.PositiveInfinity, runningSum = 0;
        for (var start = 0; start < blocks; start += ChunkBlocks)
        {
            var count = Math.Min(ChunkBlocks, blocks - start);
            var block = packed.AsSpan(start * dimensions * Lanes, count * dimensions * Lanes);
            var exponents = buffer.AsSpan(0, count * Lanes);
            var min = wide ? SquaredDistances512(block, dimensions, query, exponents) : SquaredDistances256(block, dimensions, query, exponents);
            var sum = wide ? ExpSum512(exponents, min) : ExpSum256(exponents, min);
            if (min < runningMin)
            {
                runningSum = (runningSum * Math.Exp(-0.5 * (runningMin - min))) + sum;
                runningMin = min;
            }
            else
            {
                runningSum += sum * Math.Exp(-0.5 * (min - runningMin));
            }
        }

        return (-0.5 * runningMin) + Math.Log(runningSum);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double SquaredDistances512(ReadOnlySpan<double> block, int d, ReadOnlySpan<double> query, Span<double> exponents)
    {
        ref var data = ref MemoryMarshal.GetReference(block);
        ref var output = ref MemoryMarshal.GetReference(exponents);
        var min = Vector512.Create(double.PositiveInfinity);
        var blocks = exponents.Length / Lanes;
        for (var b = 0; b < blocks; b++)
        {
            ref var point = ref Unsafe.Add(ref data, b * d * Lanes);
            var acc = Vector512<double>.Zero;
            for (var j = 0; j < d; j++)
            {
                var diff = Vector512.LoadUnsafe(ref point, (nuint)(j * Lanes)) - Vector512.Create(query[j]);
                acc = Vector512.FusedMultiplyAdd(diff, diff, acc);
            }

            acc.StoreUnsafe(ref output, (nuint)(b * Lanes));
            min = Vector512.Min(min, acc);
        }

        return LaneMin(min.GetLower(), min.GetUpper());
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double SquaredDistances256(ReadOnlySpan<double> block, int d, ReadOnlySpan<double> query, Span<double> exponents)
    {
        ref var data = ref MemoryMarshal.GetReference(block);
        ref var output = ref MemoryMarshal.GetReference(exponents);
        var minLow = Vector256.Create(double.PositiveInfinity);
        var minHigh = minLow;
        var blocks = exponents.Length / Lanes;
        for (var b = 0; b < blocks; b++)
        {
            ref var point = ref Unsafe.Add(ref data, b * d * Lanes);
            var low = Vector256<double>.Zero;
            var high = Vector256<double>.Zero;
            for (var j = 0; j < d; j++)
            {
                var q = Vector256.Create(query[j]);
                var diffLow = Vector256.LoadUnsafe(ref point, (nuint)(j * Lanes)) - q;
                var diffHigh = Vector256.LoadUnsafe(ref point, (nuint)((j * Lanes) + 4)) - q;
                low = Vector256.FusedMultiplyAdd(diffLow, diffLow, low);
                high = Vector256.FusedMultiplyAdd(diffHigh, diffHigh, high);
            }

            low.StoreUnsafe(ref output, (nuint)(b * Lanes));
            high.StoreUnsafe(ref output, (nuint)((b * Lanes) + 4));
            minLow = Vector256.Min(minLow, low);
            minHigh = Vector256.Min(minHigh, high);
        }

        return LaneMin(minLow, minHigh);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double ExpSum512(Span<double> exponents, double min)
    {
        ref var e = ref MemoryMarshal.GetReference(exponents);
        var shift = Vector512.Create(min);
        var half = Vector512.Create(-0.5);
        var floor = Vector512.Create(KdeExp.Floor);
        var sum = Vector512<double>.Zero;
        for (var k = 0; k < exponents.Length; k += Lanes)
        {
            sum += KdeExp.Exp(Vector512.Max((Vector512.LoadUnsafe(ref e, (nuint)k) - shift) * half, floor));
        }

        return LaneSum(sum.GetLower(), sum.GetUpper());
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double ExpSum256(Span<double> exponents, double min)
    {
        ref var e = ref MemoryMarshal.GetReference(exponents);
        var shift = Vector256.Create(min);
        var half = Vector256.Create(-0.5);
        var floor = Vector256.Create(KdeExp.Floor);
        var low = Vector256<double>.Zero;
        var high = Vector256<double>.Zero;
        for (var k = 0; k < exponents.Length; k += Lanes)
        {
            low += KdeExp.Exp(Vector256.Max((Vector256.LoadUnsafe(ref e, (nuint)k) - shift) * half, floor));
            high += KdeExp.Exp(Vector256.Max((Vector256.LoadUnsafe(ref e, (nuint)(k + 4)) - shift) * half, floor));
        }

        return LaneSum(low, high);
    }

    private static double LaneMin(Vector256<double> low, Vector256<double> high)
    {
        var min = double.PositiveInfinity;
        for (var lane = 0; lane < 4; lane++)
        {
            min = Math.Min(min, Math.Min(low[lane], high[lane]));
        }

        return min;
    }

    // Lane order 0..7 whatever the vector width.
    private static double LaneSum(Vector256<double> low, Vector256<double> high)
    {
        double sum = 0;
        for (var lane = 0; lane < 4; lane++)
        {
            sum += low[lane];
        }

        for (var lane = 0; lane < 4; lane++)
        {
            sum += high[lane];
        }

        return sum;
    }
}
