namespace SynthAudit.Reports.Json.Documents;

/// <summary>The compare.json document (docs/schema/compare.schema.json).</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record ComparisonDocument
{
    public required int SchemaVersion { get; init; }

    public required ToolDocument Tool { get; init; }

    public required string CreatedUtc { get; init; }

    public required long Seed { get; init; }

    public string? DatasetName { get; init; }

    public required IReadOnlyList<LeaderboardDocument> Leaderboard { get; init; }

    public required IReadOnlyList<TradeOffDocument> TradeOff { get; init; }

    public required IReadOnlyList<GeneratorDocument> Generators { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }
}
