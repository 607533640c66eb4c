namespace SynthAudit.Reports.Json.Documents;

/// <summary>The summary of an audit: family verdicts, GDPR criteria and the membership verdict.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record SummaryDocument
{
    public required IReadOnlyList<FamilyDocument> Families { get; init; }

    public required IReadOnlyList<GdprDocument> Gdpr { get; init; }

    public string? Membership { get; init; }
}
