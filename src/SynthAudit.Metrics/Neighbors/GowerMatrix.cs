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

    internal static int PaddedLength(int n) => (n + Block - 1) / Block * Block;
}
