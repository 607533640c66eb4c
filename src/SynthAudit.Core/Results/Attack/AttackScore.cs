using System.Collections.Immutable;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Core.Results.Attack;

/// <summary>How well a membership attack separates members from non-members on the scored runs.</summary>
/// <param name="Auc">The ROC AUC (0.5 = chance; NaN when a class is empty).</param>
/// <param name="AucCi">Its DeLong interval, clipped to [0, 1] (null when undefined).</param>
/// <param name="OperatingPoints">TPR at 0.1 %, 1 % and 10 % FPR, with Clopper–Pearson intervals.</param>
/// <param name="Members">Scored (run, target) pairs with the target in the training set.</param>
/// <param name="NonMembers">Scored pairs with the target left out.</param>
public sealed record AttackScore(double Auc, ConfidenceInterval? AucCi, ImmutableArray<AttackOperatingPoint> OperatingPoints,
    int Members, int NonMembers)
{
    /// <summary>The operating point at the given target FPR, or null.</summary>
    public AttackOperatingPoint? At(double fpr) => OperatingPoints.FirstOrDefault(p => Math.Abs(p.TargetFpr - fpr) < 1e-12);
}
