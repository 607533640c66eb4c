using SynthAudit.Core.Metrics;

namespace SynthAudit.Core.Results.Attack;

/// <summary>The true-positive rate of a membership attack at a false-positive rate no larger than a target.</summary>
/// <param name="TargetFpr">The false-positive rate asked for (0.001, 0.01, 0.1).</param>
/// <param name="Threshold">The score threshold reached (+∞ when nothing is called a member).</param>
/// <param name="TruePositives">Members called members.</param>
/// <param name="Positives">Members.</param>
/// <param name="FalsePositives">Non-members called members.</param>
/// <param name="Negatives">Non-members.</param>
/// <param name="Tpr">TruePositives / Positives (NaN without members).</param>
/// <param name="TprCi">The Clopper–Pearson interval of the TPR (null without members).</param>
public sealed record AttackOperatingPoint(double TargetFpr, double Threshold, int TruePositives, int Positives, int FalsePositives,
    int Negatives, double Tpr, ConfidenceInterval? TprCi)
{
    /// <summary>The false-positive rate reached: FalsePositives / Negatives (NaN without non-members).</summary>
    public double Fpr => Negatives == 0 ? double.NaN : (double)FalsePositives / Negatives;
}
