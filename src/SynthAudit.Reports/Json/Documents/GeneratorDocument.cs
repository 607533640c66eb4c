namespace SynthAudit.Reports.Json.Documents;

/// <summary>One compared generator: its family ranks and full audit.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record GeneratorDocument
{
    public required string Name { get; init; }

    public required Dictionary<string, int> FamilyRanks { get; init; }

    public required AuditDocument Audit { get; init; }
}
