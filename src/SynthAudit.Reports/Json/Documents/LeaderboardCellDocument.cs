namespace SynthAudit.Reports.Json.Documents;

/// <summary>One generator's value of a leaderboard metric.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record LeaderboardCellDocument
{
    public required string Generator { get; init; }

    public double? Value { get; init; }

    public IntervalDocument? Ci { get; init; }

    public int? Rank { get; init; }

    public required IReadOnlyList<string> SignificantlyBetterThan { get; init; }
}
