namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>The row multiplicities of up to <see cref="Width"/> bootstrap replicates of one table, stored row-major as
/// bytes (<c>Weights[row × Width + lane]</c>), so that one pass over the rows counts a marginal for all of them at once.</summary>
/// <remarks>A lane whose multiplicities do not all fit a byte (or that is not in use) holds zeros and is marked invalid;
/// its replicate is counted by the per-replicate path instead. Counts are integers, so counting several replicates
/// side by side gives exactly the counts of counting each alone.</remarks>
internal sealed class ReplicateLanes
{
    /// <summary>Replicates per block: 32 byte lanes are one 256-bit load per row.</summary>
    public const int Width = 32;

    /// <summary>Creates an empty block for a table of <paramref name="rows"/> rows.</summary>
    public ReplicateLanes(int rows)
    {
        Rows = rows;
        Weights = new byte[(long)rows * Width <= Array.MaxLength ? rows * Width : throw new ArgumentOutOfRangeException(nameof(rows))];
    }

    /// <summary>The number of rows of the table.</summary>
    public int Rows { get; }

    /// <summary>Multiplicity of each row in each lane, row-major.</summary>
    public byte[] Weights { get; }

    /// <summary>The total multiplicity (resample size) of each lane.</summary>
    public long[] Totals { get; } = new long[Width];

    /// <summary>Whether each lane holds a replicate counted here.</summary>
    public bool[] Valid { get; } = new bool[Width];

    /// <summary>Whether any lane is valid.</summary>
    public bool AnyValid => Array.IndexOf(Valid, true) >= 0;

    /// <summary>Clears every lane.</summary>
    public void Clear()
    {
        Array.Clear(Weights);
        Array.Clear(Totals);
        Array.Clear(Valid);
    }

    /// <summary>Empties lane <paramref name="lane"/>.</summary>
    public void Remove(int lane)
    {
        for (var i = 0; i < Rows; i++)
        {
            Weights[(i * Width) + lane] = 0;
        }

        Totals[lane] = 0;
        Valid[lane] = false;
    }

    /// <summary>Stores the multiplicities of a replicate in lane <paramref name="lane"/>; returns false (and leaves the
    /// lane empty) when one of them exceeds 255.</summary>
    public bool Set(int lane, ReadOnlySpan<int> counts)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(counts.Length, Rows);
        long total = 0;
        foreach (var c in counts)
        {
            if (c > byte.MaxValue)
            {
                return false;
            }

            total += c;
        }

        var w = Weights;
        for (var i = 0; i < counts.Length; i++)
        {
            w[(i * Width) + lane] = (byte)counts[i];
        }

        Totals[lane] = total;
        Valid[lane] = true;
        return true;
    }
}
