using System.Collections.Immutable;
using SynthAudit.Core.Results.Attack;

namespace SynthAudit.Metrics.Privacy.Shadow;

/// <summary>What the attack classifier achieved on the scored half of the runs.</summary>
/// <param name="StrongestFamily">The family with the highest pooled AUC.</param>
/// <param name="Pooled">Its pooled score.</param>
/// <param name="Families">Every family's pooled score.</param>
/// <param name="PerTarget">The strongest family's score per target, in target order.</param>
/// <param name="Epsilon">The empirical ε lower bound (best over families and guess fractions, Bonferroni-corrected).</param>
/// <param name="Roc">The strongest family's pooled ROC curve, thinned.</param>
/// <param name="TrainingRuns">Runs the classifier was trained on.</param>
/// <param name="ScoredRuns">Runs it was scored on.</param>
/// <param name="PerTargetEpsilon">The strongest family's empirical ε lower bound per target, in target order (each at the
/// stated confidence, Bonferroni over the guess fractions).</param>
public sealed record ShadowAttackOutcome(string StrongestFamily, AttackScore Pooled, ImmutableArray<AttackFamilyScore> Families,
    ImmutableArray<AttackScore> PerTarget, EmpiricalEpsilonResult Epsilon, ImmutableArray<RocPoint> Roc, int TrainingRuns, int ScoredRuns,
    ImmutableArray<double> PerTargetEpsilon);
