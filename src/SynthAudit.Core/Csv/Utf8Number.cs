using System.Globalization;

namespace SynthAudit.Core.Csv;

/// <summary>Parses invariant-culture numbers from UTF-8 bytes, with an exact fast path for plain decimals.</summary>
/// <remarks>A plain decimal (optional sign, digits, optional point and digits) whose digits form an integer below 2^53
/// with at most 22 decimals is the quotient of two exactly representable doubles, so one IEEE division gives the correctly
/// rounded value, the same as <see cref="double.Parse(string, IFormatProvider)"/> (Clinger 1990, "How to read floating point
/// numbers accurately"). Everything else (exponents, long mantissas, words) goes to the framework parser.</remarks>
internal static class Utf8Number
{
    private const ulong MaxExact = 1UL << 53;

    private static readonly double[] s_powers =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses <paramref name="span"/> as <see cref="NumberStyles.Float"/> in the invariant culture.</summary>
    public static bool TryParse(ReadOnlySpan<byte> span, out double value)
    {
        var i = 0;
        var negative = false;
        if (span.Length > 0 && (span[0] == (byte)'-' || span[0] == (byte)'+'))
        {
            negative = span[0] == (byte)'-';
            i = 1;
        }

        ulong mantissa = 0;
        var digits = 0;
        var decimals = 0;
        var point = false;
        for (; i < span.Length; i++)
        {
            var d = (uint)(span[i] - (byte)'0');
            if (d <= 9)
            {
                mantissa = (mantissa * 10) + d;
                digits++;
                if (point)
                {
                    decimals++;
                }

                if (mantissa >= MaxExact || digits > 19)
                {
                    return Slow(span, out value);
                }
            }
            else if (span[i] == (byte)'.' && !point)
            {
                point = true;
            }
            else
            {
                return Slow(span, out value);
            }
        }

        if (digits == 0 || decimals >= s_powers.Length)
        {
            return Slow(span, out value);
        }

        value = decimals == 0 ? mantissa : mantissa / s_powers[decimals];
        if (negative)
        {
            value = -value;
        }

        return true;
    }

    private static bool Slow(ReadOnlySpan<byte> span, out double value) =>
        double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
