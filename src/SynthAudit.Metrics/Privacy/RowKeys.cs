using SynthAudit.Core.Data;

namespace SynthAudit.Metrics.Privacy;

/// <summary>Canonical 128-bit keys of rows over a list of columns, for exact-match counting in O(n).</summary>
/// <remarks>Numbers are rounded to 12 significant digits (docs/metrics.md 0.3), categorical values compared by their shared code,
/// missing equals missing. Two independent 64-bit hashes make a collision between distinct rows astronomically unlikely
/// (about n²/2¹²⁹).</remarks>
internal static class RowKeys
{
    private const ulong MissingTag = 0x6A09E667F3BCC909UL;

    /// <summary>The key of every row of <paramref name="table"/>.</summary>
    public static UInt128[] Of(Table table, IReadOnlyList<string> columns)
    {
        var n = table.RowCount;
        var a = new ulong[n];
        var b = new ulong[n];
        a.AsSpan().Fill(0x243F6A8885A308D3UL);
        b.AsSpan().Fill(0x13198A2E03707344UL);
        foreach (var name in columns)
        {
            var column = table[name];
            for (var i = 0; i < n; i++)
            {
                ulong v;
                if (column is NumericColumn num)
                {
                    var x = num.Values[i];
                    v = double.IsNaN(x) ? MissingTag : (ulong)BitConverter.DoubleToInt64Bits(Canonical(x));
                }
                else
                {
                    var code = ((CategoricalColumn)column).Codes[i];
                    v = code < 0 ? MissingTag : (ulong)code;
                }

                a[i] = Mix(a[i] ^ v);
                b[i] = Mix(b[i] + (v * 0x94D049BB133111EBUL) + 0x9E3779B97F4A7C15UL);
            }
        }

        var keys = new UInt128[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = new UInt128(a[i], b[i]);
        }

        return keys;
    }

    /// <summary>The value rounded to 12 significant digits (0 for ±0).</summary>
    public static double Canonical(double x)
    {
        if (x == 0 || !double.IsFinite(x))
        {
            return x == 0 ? 0 : x;
        }

        var digits = 11 - (int)Math.Floor(Math.Log10(Math.Abs(x)));
        if (digits is >= 0 and <= 15)
        {
            return Math.Round(x, digits, MidpointRounding.AwayFromZero);
        }

        var scale = Math.Pow(10, digits);
        return Math.Round(x * scale, MidpointRounding.AwayFromZero) / scale;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
