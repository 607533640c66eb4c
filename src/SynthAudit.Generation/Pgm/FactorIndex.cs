namespace SynthAudit.Generation.Pgm;

/// <summary>Index arithmetic on dense row-major tables: cell counts and the map from a table's cells to a sub-table's cells.</summary>
internal static class FactorIndex
{
    /// <summary>The number of cells of a clique.</summary>
    public static long Cells(ReadOnlySpan<int> vars, int[] sizes)
    {
        long cells = 1;
        foreach (var v in vars)
        {
            cells *= sizes[v];
        }

        return cells;
    }

    /// <summary>For each cell of the table on <paramref name="big"/>, the index of its projection onto <paramref name="small"/>
    /// (a subset), computed with an odometer over the big table's shape (no division per cell).</summary>
    public static int[] Map(int[] big, int[] small, int[] sizes)
    {
        var cells = (int)Cells(big, sizes);
        var map = new int[cells];
        var d = big.Length;

        // Stride of each big variable inside the small table (0 when the variable is summed out).
        var smallStride = new int[d];
        for (var k = 0; k < d; k++)
        {
            var pos = Array.IndexOf(small, big[k]);
            if (pos < 0)
            {
                continue;
            }

            var stride = 1;
            for (var j = small.Length - 1; j > pos; j--)
            {
                stride *= sizes[small[j]];
            }

            smallStride[k] = stride;
        }

        var digits = new int[d];
        var index = 0;
        for (var i = 0; i < cells; i++)
        {
            map[i] = index;
            for (var k = d - 1; k >= 0; k--)
            {
                digits[k]++;
                index += smallStride[k];
                if (digits[k] < sizes[big[k]])
                {
                    break;
                }

                index -= smallStride[k] * digits[k];
                digits[k] = 0;
            }
        }

        return map;
    }

    /// <summary>Sums <paramref name="values"/> into <paramref name="output"/> (cleared first) through <paramref name="map"/>.</summary>
    public static void SumInto(ReadOnlySpan<double> values, int[] map, Span<double> output)
    {
        output.Clear();
        for (var i = 0; i < values.Length; i++)
        {
            output[map[i]] += values[i];
        }
    }
}
