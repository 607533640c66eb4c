using System.Collections.Immutable;

namespace SynthAudit.Core.Results.Attack;

/// <summary>Everything a shadow-model membership attack produced: the model behind attack.json and every attack report.</summary>
/// <param name="SchemaVersion">The attack.json schema version (<see cref="CurrentSchemaVersion"/>).</param>
/// <param name="Tool">The tool and version.</param>
/// <param name="CreatedUtc">When the attack ran.</param>
/// <param name="Setup">The settings.</param>
/// <param name="StrongestFamily">The feature family with the highest pooled AUC; the pooled and per-target scores are its.</param>
/// <param name="Pooled">The pooled score over every target.</param>
/// <param name="Families">The pooled score of every family.</param>
/// <param name="Targets">The per-target scores (no record values).</param>
/// <param name="Epsilon">The empirical ε lower bound.</param>
/// <param name="Roc">The pooled ROC curve of the strongest family (thinned).</param>
/// <param name="RunLog">The run log.</param>
/// <param name="Warnings">Run-level warnings.</param>
public sealed record AttackResult(int SchemaVersion, ToolInfo Tool, DateTimeOffset CreatedUtc, AttackSetup Setup, string StrongestFamily,
    AttackScore Pooled, ImmutableArray<AttackFamilyScore> Families, ImmutableArray<AttackTargetResult> Targets, EmpiricalEpsilonResult Epsilon,
    ImmutableArray<RocPoint> Roc, AttackRunLog RunLog, ImmutableArray<string> Warnings)
{
    /// <summary>The attack.json schema version this build writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The FPRs at which every score reports its TPR.</summary>
    public static ImmutableArray<double> ReportedFprs { get; } = [0.001, 0.01, 0.1];

    /// <summary>The threat model, as every report states it.</summary>
    public const string ThreatModel =
        "The attacker knows a sample of the population (the holdout file), the generator (it can run it as often as it likes) and the " +
        "full record of each target; it sees one synthetic release and must say whether the target was in the training data. " +
        "Each run trains the generator on a shadow set drawn from the population with every target inserted independently with " +
        "probability 1/2 (Steinke, Nasr & Jagielski 2023); features of the synthetic output relative to each target train a classifier " +
        "on half of the runs, which is scored on the other half (shadow-model attacks as in TAPAS, Houssiau et al. 2022; density " +
        "ratio as in DOMIAS, van Breugel et al. 2023). Success is measured by the true-positive rate at low false-positive rates " +
        "(Carlini et al. 2022), not only by AUC.";

    /// <summary>The command line that produced the attack, if known.</summary>
    public string? CommandLine { get; init; }

    /// <summary>A short name of the attacked dataset, for report headers.</summary>
    public string DatasetName { get; init; } = "dataset";
}
