namespace SynthAudit.Reports.Json.Documents;

/// <summary>One metric across the compared generators.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record LeaderboardDocument
{
    public required string Id { get; init; }

    public required string Family { get; init; }

    public required string Name { get; init; }

    public required string Direction { get; init; }

    public required IReadOnlyList<LeaderboardCellDocument> Cells { get; init; }
}
