namespace SynthAudit.Metrics.Utility;

/// <summary>The TSTR-versus-TRTR comparisons of docs/metrics.md 3.3.</summary>
/// <remarks>Higher-better scores: ratio = TSTR / TRTR. Errors (RMSE, MAE): ratio = TRTR / TSTR, so 1 is parity and &lt; 1 worse
/// in both cases. AUC also gets the chance-adjusted ratio (AUC_TSTR − 0.5) / (AUC_TRTR − 0.5), undefined when AUC_TRTR ≤ 0.5.
/// R² can be ≤ 0, so it is compared by the difference R²_TSTR − R²_TRTR. Example: AUC 0.80 vs 0.85 gives ratio
/// 0.9411764705882354 and chance-adjusted 0.8571428571428572. Undefined values are NaN.</remarks>
public static class UtilityRatios
{
    /// <summary>TSTR / TRTR for a higher-better score (NaN when TRTR ≤ 0).</summary>
    public static double Ratio(double tstr, double trtr) => trtr > 0 ? tstr / trtr : double.NaN;

    /// <summary>(AUC_TSTR − 0.5) / (AUC_TRTR − 0.5) (NaN when AUC_TRTR ≤ 0.5).</summary>
    public static double ChanceAdjustedAucRatio(double tstr, double trtr) => trtr > 0.5 ? (tstr - 0.5) / (trtr - 0.5) : double.NaN;

    /// <summary>TRTR / TSTR for an error (RMSE, MAE); NaN when the TSTR error is 0.</summary>
    public static double ErrorRatio(double tstrError, double trtrError) => tstrError > 0 ? trtrError / tstrError : double.NaN;

    /// <summary>TSTR − TRTR (e.g. for R²).</summary>
    public static double Difference(double tstr, double trtr) => tstr - trtr;
}
