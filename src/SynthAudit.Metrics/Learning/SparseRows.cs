namespace SynthAudit.Metrics.Learning;

/// <summary>The non-zero entries of a <see cref="FeatureMatrix"/>, row by row (compressed sparse rows), each row's entries
/// in ascending column order.</summary>
/// <remarks>One-hot encodings make most of an encoded table zero: a row of Adult has about 15 non-zero features of about
/// 100. Sums over a row's entries then cost what the row holds, not what the matrix is wide.</remarks>
internal sealed class SparseRows
{
    private SparseRows(int rows, int[] rowStart, int[] columns, double[] values)
    {
        Rows = rows;
        RowStart = rowStart;
        Columns = columns;
        Values = values;
    }

    /// <summary>The number of rows.</summary>
    public int Rows { get; }

    /// <summary>Where each row's entries begin in <see cref="Columns"/> and <see cref="Values"/>; one more entry than rows.</summary>
    public int[] RowStart { get; }

    /// <summary>The column of each entry.</summary>
    public int[] Columns { get; }

    /// <summary>The value of each entry (never zero; NaN is kept).</summary>
    public double[] Values { get; }

    /// <summary>The number of non-zero values of <paramref name="x"/> (NaN counts), without collecting them.</summary>
    public static long CountNonZeros(FeatureMatrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        long count = 0;
        foreach (var v in x.Values)
        {
            if (v != 0)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Collects the non-zero entries of <paramref name="x"/> in two passes over its columns.</summary>
    public static SparseRows From(FeatureMatrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var n = x.Rows;
        var counts = new int[n + 1];
        for (var j = 0; j < x.Columns; j++)
        {
            var column = x.Column(j);
            for (var i = 0; i < n; i++)
            {
                if (column[i] != 0)
                {
                    counts[i + 1]++;
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            counts[i + 1] += counts[i];
        }

        var columns = new int[counts[n]];
        var values = new double[counts[n]];
        var next = counts[..n];
        for (var j = 0; j < x.Columns; j++)
        {
            var column = x.Column(j);
            for (var i = 0; i < n; i++)
            {
                var v = column[i];
                if (v != 0)
                {
                    var at = next[i]++;
                    columns[at] = j;
                    values[at] = v;
                }
            }
        }

        return new SparseRows(n, counts, columns, values);
    }
}
