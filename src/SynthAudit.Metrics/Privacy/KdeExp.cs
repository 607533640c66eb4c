using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The exponential of the kernel terms, <c>exp(x)</c> for <c>x</c> in [<see cref="Floor"/>, 0], inlined into the
/// kernel loops.</summary>
/// <remarks>
/// <c>x = n·ln 2 + r</c> with <c>n</c> the nearest integer to <c>x/ln 2</c> (rounded by adding 1.5·2⁵², whose low bits
/// then hold <c>n</c>) and <c>|r| ≤ ln 2 / 2</c> computed with a two-part ln 2 in fused multiply-adds; <c>exp(r)</c> is its
/// Taylor polynomial to degree 13 (truncation below 5e-18 relative) in Horner form, and <c>2ⁿ</c> is built in the exponent
/// bits. Within about 2 ulp of <see cref="Math.Exp(double)"/>. The library's vector exponential is as accurate but
/// falls back to one scalar call per lane when any lane lies below −708, and is a separate method whose optimised
/// code arrives only after tiered compilation promotes it; this one is branch-free, inlined, and gives the same bits
/// lane by lane for 256- and 512-bit vectors.
/// </remarks>
internal static class KdeExp
{
    /// <summary>The smallest argument: <c>exp(−708) ≈ 3e−308</c>, the bottom of the normal range.</summary>
    public const double Floor = -708.0;

    private const double Shifter = 6755399441055744.0; // 1.5 · 2^52
    private const double Log2E = 1.4426950408889634;
    private const double Ln2High = 0.6931471805599453;
    private const double Ln2Low = 2.3190468138462996e-17;

    // Taylor coefficients 1/k! (1/0! and 1/1! are the two final ones).
    private const double C2 = 1.0 / 2;
    private const double C3 = 1.0 / 6;
    private const double C4 = 1.0 / 24;
    private const double C5 = 1.0 / 120;
    private const double C6 = 1.0 / 720;
    private const double C7 = 1.0 / 5040;
    private const double C8 = 1.0 / 40320;
    private const double C9 = 1.0 / 362880;
    private const double C10 = 1.0 / 3628800;
    private const double C11 = 1.0 / 39916800;
    private const double C12 = 1.0 / 479001600;
    private const double C13 = 1.0 / 6227020800;

    /// <summary><c>exp(x)</c> per lane; <paramref name="x"/> must lie in [<see cref="Floor"/>, 0].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> x)
    {
        var shifted = Vector512.FusedMultiplyAdd(x, Vector512.Create(Log2E), Vector512.Create(Shifter));
        var n = shifted - Vector512.Create(Shifter);
        var r = Vector512.FusedMultiplyAdd(n, Vector512.Create(-Ln2High), x);
        r = Vector512.FusedMultiplyAdd(n, Vector512.Create(-Ln2Low), r);
        var p = Vector512.FusedMultiplyAdd(Vector512.Create(C13), r, Vector512.Create(C12));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C11));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C10));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C9));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C8));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C7));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C6));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C5));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C4));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C3));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C2));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512<double>.One);
        p = Vector512.FusedMultiplyAdd(p, r, Vector512<double>.One);

        var scale = (shifted.AsUInt64() + Vector512.Create(1023UL)) << 52;
        return p * scale.AsDouble();
    }

    /// <summary><c>exp(x)</c> per lane; <paramref name="x"/> must lie in [<see cref="Floor"/>, 0].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Exp(Vector256<double> x)
    {
        var shifted = Vector256.FusedMultiplyAdd(x, Vector256.Create(Log2E), Vector256.Create(Shifter));
        var n = shifted - Vector256.Create(Shifter);
        var r = Vector256.FusedMultiplyAdd(n, Vector256.Create(-Ln2High), x);
        r = Vector256.FusedMultiplyAdd(n, Vector256.Create(-Ln2Low), r);
        var p = Vector256.FusedMultiplyAdd(Vector256.Create(C13), r, Vector256.Create(C12));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C11));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C10));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C9));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C8));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C7));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C6));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C5));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C4));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C3));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(C2));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256<double>.One);
        p = Vector256.FusedMultiplyAdd(p, r, Vector256<double>.One);

        var scale = (shifted.AsUInt64() + Vector256.Create(1023UL)) << 52;
        return p * scale.AsDouble();
    }
}
