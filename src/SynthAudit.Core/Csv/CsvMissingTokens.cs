using System.Text;

namespace SynthAudit.Core.Csv;

/// <summary>The missing-value tokens as UTF-8 bytes, matched without case, with a first-byte filter so that ordinary
/// values are rejected by one table lookup.</summary>
internal sealed class CsvMissingTokens
{
    private readonly byte[][] _tokens;
    private readonly bool[] _first = new bool[256];

    public CsvMissingTokens(IEnumerable<string> tokens)
    {
        _tokens = tokens.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(Encoding.UTF8.GetBytes).ToArray();
        foreach (var token in _tokens)
        {
            var b = token[0];
            _first[b] = true;
            if (b is >= (byte)'a' and <= (byte)'z')
            {
                _first[b - 32] = true;
            }
            else if (b is >= (byte)'A' and <= (byte)'Z')
            {
                _first[b + 32] = true;
            }
        }
    }

    /// <summary>Whether a non-empty, trimmed field is one of the tokens (ASCII case-insensitive; other bytes exact).</summary>
    public bool IsMissing(ReadOnlySpan<byte> span)
    {
        if (!_first[span[0]])
        {
            return false;
        }

        foreach (var token in _tokens)
        {
            if (span.Length == token.Length && EqualsIgnoreAsciiCase(span, token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EqualsIgnoreAsciiCase(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x == y)
            {
                continue;
            }

            if ((x | 0x20) != (y | 0x20) || (x | 0x20) is < (byte)'a' or > (byte)'z')
            {
                return false;
            }
        }

        return true;
    }
}
