namespace SynthAudit.Metrics.Fidelity.Detection;

/// <summary>pMSE and its analytic null for a main-effects logistic model (Snoke et al. 2018; docs/metrics.md 2.10).</summary>
/// <param name="Pmse"><c>(1/N) Σ (p̂_i − c)²</c>.</param>
/// <param name="NullMean"><c>E₀ = (k−1)(1−c)² c / N</c>.</param>
/// <param name="NullSd"><c>SD₀ = √(2(k−1)) (1−c)² c / N</c>.</param>
/// <param name="Standardized"><c>S_pMSE = (pMSE − E₀)/SD₀</c>.</param>
/// <param name="Ratio"><c>pMSE / E₀</c> (≈ 1 is ideal).</param>
internal sealed record PropensityStatistics(double Pmse, double NullMean, double NullSd, double Standardized, double Ratio)
{
    /// <summary>The statistics of propensities for <paramref name="realCount"/> real then synthetic rows, with k parameters.</summary>
    /// <remarks>Example 2 of docs/metrics.md: real [.4,.5,.6], synthetic [.5,.6,.7], k = 3 → pMSE 0.011666…, S −0.72, ratio 0.28.</remarks>
    public static PropensityStatistics Compute(ReadOnlySpan<double> propensities, int realCount, int parameters)
    {
        var n = propensities.Length;
        var c = (double)(n - realCount) / n;
        double sum = 0;
        foreach (var p in propensities)
        {
            sum += (p - c) * (p - c);
        }

        var pmse = sum / n;
        var e0 = (parameters - 1) * (1 - c) * (1 - c) * c / n;
        var sd0 = Math.Sqrt(2.0 * (parameters - 1)) * (1 - c) * (1 - c) * c / n;
        return new PropensityStatistics(pmse, e0, sd0, sd0 > 0 ? (pmse - e0) / sd0 : double.NaN, e0 > 0 ? pmse / e0 : double.NaN);
    }
}
