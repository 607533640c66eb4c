using System.Text.Json.Serialization;

namespace SynthAudit.Reports.Json.Documents;

/// <summary>attack.json (docs/schema/attack.schema.json): the shadow-model membership attack.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record AttackDocument
{
    public required int SchemaVersion { get; init; }

    public required ToolDocument Tool { get; init; }

    public required string CreatedUtc { get; init; }

    public required string DatasetName { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CommandLine { get; init; }

    public required string ThreatModel { get; init; }

    public required AttackSetupDocument Setup { get; init; }

    public required string StrongestFamily { get; init; }

    public required AttackScoreDocument Pooled { get; init; }

    public required IReadOnlyList<AttackFamilyDocument> Families { get; init; }

    public required EmpiricalEpsilonDocument EmpiricalEpsilon { get; init; }

    public required AttackExposureDocument Exposure { get; init; }

    public required IReadOnlyList<AttackTargetDocument> Targets { get; init; }

    /// <summary>The pooled ROC curve as [fpr, tpr] pairs.</summary>
    public required IReadOnlyList<double[]> Roc { get; init; }

    public required AttackRunLogDocument RunLog { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }
}
