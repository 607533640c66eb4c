namespace SynthAudit.Reports.Json.Documents;

/// <summary>One feature family's pooled attack score.</summary>
internal sealed record AttackFamilyDocument
{
    public required string Family { get; init; }

    public required string Description { get; init; }

    public required AttackScoreDocument Score { get; init; }
}
