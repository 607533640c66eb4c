using System.Collections.Concurrent;
using SynthAudit.Metrics.Fidelity.Encoding;

namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>Byte copies of the 10-bin and 20-bin codes of the encoding's columns, made once and shared by every marginal.</summary>
/// <remarks>A bin code fits a byte when the column has at most 256 bins (missing included); a marginal over such columns
/// computes each row's cell from these bytes in every pass instead of storing a per-row cell id of its own.</remarks>
internal sealed class ByteCodes(FidelityEncoding encoding)
{
    private readonly ConcurrentDictionary<(int Column, bool Twenty), Lazy<byte[]?[]>> _codes = new();

    /// <summary>The byte codes of column <paramref name="column"/> per side (null for an absent side).</summary>
    public byte[]?[] Get(int column, bool twentyBins) =>
        _codes.GetOrAdd((column, twentyBins), key => new Lazy<byte[]?[]>(() => Build(key.Column, key.Twenty))).Value;

    private byte[]?[] Build(int column, bool twentyBins)
    {
        var col = encoding.Columns[column];
        var source = twentyBins ? col.Bins20 : col.Bins10;
        var result = new byte[]?[source.Length];
        for (var s = 0; s < source.Length; s++)
        {
            if (source[s] is not { } codes)
            {
                continue;
            }

            var bytes = new byte[codes.Length];
            for (var i = 0; i < codes.Length; i++)
            {
                bytes[i] = checked((byte)codes[i]);
            }

            result[s] = bytes;
        }

        return result;
    }
}
