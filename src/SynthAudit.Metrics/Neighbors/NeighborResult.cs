namespace SynthAudit.Metrics.Neighbors;

/// <summary>The k nearest reference rows of every query row, nearest first (ties: lowest reference index first).</summary>
/// <param name="K">Neighbours per query row.</param>
/// <param name="Indices">Reference row indices, <c>K</c> per query row, row-major; -1 where fewer than K references exist.</param>
/// <param name="Distances">The matching Gower distances (mean over the searched columns), double precision; NaN where the index is -1.</param>
public sealed record NeighborResult(int K, int[] Indices, double[] Distances)
{
    /// <summary>The number of query rows.</summary>
    public int Count => K == 0 ? 0 : Indices.Length / K;

    /// <summary>The distance from query row <paramref name="i"/> to its <paramref name="rank"/>-th neighbour (0 = nearest).</summary>
    public double Distance(int i, int rank = 0) => Distances[i * K + rank];

    /// <summary>The reference index of the <paramref name="rank"/>-th neighbour of query row <paramref name="i"/>.</summary>
    public int Index(int i, int rank = 0) => Indices[i * K + rank];

    /// <summary>The distances to the <paramref name="rank"/>-th neighbour of every query row.</summary>
    public double[] Column(int rank = 0)
    {
        var result = new double[Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Distances[i * K + rank];
        }

        return result;
    }
}
