namespace SynthAudit.Metrics.Fairness;

/// <summary>The confusion counts of one model on one protected group.</summary>
/// <param name="TruePositives">Positives predicted positive.</param>
/// <param name="FalseNegatives">Positives predicted negative.</param>
/// <param name="FalsePositives">Negatives predicted positive.</param>
/// <param name="TrueNegatives">Negatives predicted negative.</param>
public readonly record struct GroupConfusion(int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives)
{
    /// <summary>The true-positive rate TP/(TP+FN); NaN without positives.</summary>
    public double TruePositiveRate => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>The false-positive rate FP/(FP+TN); NaN without negatives.</summary>
    public double FalsePositiveRate => Ratio(FalsePositives, FalsePositives + TrueNegatives);

    /// <summary>The selection rate (share predicted positive); NaN for an empty group.</summary>
    public double SelectionRate => Ratio(TruePositives + FalsePositives, TruePositives + FalseNegatives + FalsePositives + TrueNegatives);

    private static double Ratio(int k, int n) => n == 0 ? double.NaN : (double)k / n;
}
