namespace SynthAudit.Metrics.Neighbors;

/// <summary>One table encoded for the Gower distance: column-major float columns for the search, padded to a whole number
/// of SIMD blocks, plus the original values for exact double-precision distances.</summary>
public sealed class GowerMatrix
{
    /// <summary>The encoded value of padding rows: every column term against it is 1 and padding rows are never reported.</summary>
    internal const float Padding = 3e30f;

    /// <summary>Rows are padded to a multiple of this.</summary>
    internal const int Block = 64;

    internal GowerMatrix(GowerEncoding encoding, int rowCount, float[][] encoded, double[][] numbers, int[][] codes,
        double[] magnitude, bool[] clamped)
    {
        Encoding = encoding;
        RowCount = rowCount;
        Encoded = encoded;
        Numbers = numbers;
        Codes = codes;
        Magnitude = magnitude;
        Clamped = clamped;
        Bytes = new byte[]?[encoded.Length];
        for (var j = 0; j < encoded.Length; j++)
        {
            if (!encoding.IsNumeric[j] || encoding.Range[j] == 0)
            {
                Bytes[j] = ByteCodes(encoded[j], rowCount);
            }
        }
    }

    /// <summary>The encoding that produced the matrix.</summary>
    public GowerEncoding Encoding { get; }

    /// <summary>The number of (unpadded) rows.</summary>
    public int RowCount { get; }

    /// <summary>The encoded columns (length padded to a multiple of <see cref="Block"/>).</summary>
    internal float[][] Encoded { get; }

    /// <summary>The original numeric values per column (null for categorical columns).</summary>
    internal double[][] Numbers { get; }

    /// <summary>The original categorical codes per column (null for numeric columns).</summary>
    internal int[][] Codes { get; }

    /// <summary>The largest absolute encoded numeric value per column (bounds the float rounding error).</summary>
    internal double[] Magnitude { get; }

    /// <summary>Whether some encoded value of the column was clamped.</summary>
    internal bool[] Clamped { get; }

    /// <summary>The byte codes of each equality column (categorical, or numeric with range 0) whose codes are below 255:
    /// the code, 255 for a missing cell and for padding; null for other columns. The 512-bit search counts mismatches on
    /// these, 64 rows per comparison.</summary>
    internal byte[]?[] Bytes { get; }

    internal static int PaddedLength(int n) => (n + Block - 1) / Block * Block;

    /// <summary>The byte codes of an equality column's encoding, or null when some code does not fit below 255.</summary>
    private static byte[]? ByteCodes(float[] encoded, int rowCount)
    {
        var bytes = new byte[encoded.Length];
        bytes.AsSpan().Fill(byte.MaxValue);
        for (var i = 0; i < rowCount; i++)
        {
            var e = encoded[i];
            if (e == GowerEncoding.Missing)
            {
                continue;
            }

            if (!(e >= 0 && e < byte.MaxValue) || e != MathF.Floor(e))
            {
                return null;
            }

            bytes[i] = (byte)e;
        }

        return bytes;
    }
}
