namespace SynthAudit.Generation.Domain;

/// <summary>A table of level indices, column-major (one int array per column), with the level count of every column.</summary>
internal sealed class EncodedTable
{
    public EncodedTable(int[][] columns, int[] sizes, int rowCount)
    {
        Columns = columns;
        Sizes = sizes;
        RowCount = rowCount;
    }

    /// <summary>The codes, one array per column.</summary>
    public int[][] Columns { get; }

    /// <summary>The number of levels per column.</summary>
    public int[] Sizes { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The count table on <paramref name="clique"/> (sorted column indices), row-major.</summary>
    public long[] Count(ReadOnlySpan<int> clique)
    {
        var cells = 1;
        foreach (var c in clique)
        {
            cells *= Sizes[c];
        }

        var counts = new long[cells];
        if (clique.Length == 1)
        {
            foreach (var v in Columns[clique[0]])
            {
                counts[v]++;
            }

            return counts;
        }

        var keys = new int[RowCount];
        var stride = 1;
        for (var k = clique.Length - 1; k >= 0; k--)
        {
            var col = Columns[clique[k]];
            for (var r = 0; r < keys.Length; r++)
            {
                keys[r] += col[r] * stride;
            }

            stride *= Sizes[clique[k]];
        }

        foreach (var key in keys)
        {
            counts[key]++;
        }

        return counts;
    }
}
