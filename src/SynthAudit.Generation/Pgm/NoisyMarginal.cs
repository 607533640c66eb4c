namespace SynthAudit.Generation.Pgm;

/// <summary>A noisy count table on a clique: the only thing estimation ever sees of the private data.</summary>
/// <param name="Clique">Sorted column indices.</param>
/// <param name="Values">The noisy counts, row-major over the clique's levels.</param>
/// <param name="StdDev">The noise standard deviation s of an unweighted cell.</param>
/// <param name="CellWeights">Optional per-cell precision factors: cell c has noise variance s²/w_c (null = all 1); used for
/// MST's merged "rare" cell, whose variance is k·s².</param>
public sealed record NoisyMarginal(int[] Clique, double[] Values, double StdDev, double[]? CellWeights = null)
{
    /// <summary>The precision (1/variance) of cell <paramref name="c"/>.</summary>
    public double Precision(int c) => (CellWeights?[c] ?? 1.0) / (StdDev * StdDev);

    /// <summary>The unbiased estimate Σy of the total and its variance.</summary>
    public (double Total, double Variance) TotalEstimate()
    {
        double total = 0;
        double variance = 0;
        for (var c = 0; c < Values.Length; c++)
        {
            total += Values[c];
            variance += 1 / Precision(c);
        }

        return (total, variance);
    }
}
