namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>The rows of one table in a (re)sample: row indices with a positive multiplicity, and those multiplicities.</summary>
/// <remarks>A bootstrap replicate is a multiplicity vector (how often each row was drawn); storing only rows drawn at
/// least once lets every statistic be a weighted counting pass over precomputed codes.</remarks>
internal sealed class RowSet
{
    /// <summary>Creates an empty set with room for <paramref name="capacity"/> rows.</summary>
    public RowSet(int capacity)
    {
        Rows = new int[capacity];
        Weights = new int[capacity];
    }

    /// <summary>Row indices (ascending).</summary>
    public int[] Rows { get; }

    /// <summary>Multiplicity of each row.</summary>
    public int[] Weights { get; }

    /// <summary>The number of distinct rows held.</summary>
    public int Count { get; private set; }

    /// <summary>The total multiplicity (the resample size).</summary>
    public long Total { get; private set; }

    /// <summary>Every row once.</summary>
    public static RowSet All(int rows)
    {
        var set = new RowSet(rows);
        for (var i = 0; i < rows; i++)
        {
            set.Rows[i] = i;
            set.Weights[i] = 1;
        }

        set.Count = rows;
        set.Total = rows;
        return set;
    }

    /// <summary>Fills the set from a multiplicity vector (one count per row).</summary>
    public void SetFromCounts(ReadOnlySpan<int> counts)
    {
        var n = 0;
        long total = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0)
            {
                Rows[n] = i;
                Weights[n] = counts[i];
                total += counts[i];
                n++;
            }
        }

        Count = n;
        Total = total;
    }
}
