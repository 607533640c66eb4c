using System.Collections.Immutable;

namespace SynthAudit.Core.Results;

/// <summary>Several synthetic sets audited against the same real data: the model behind compare.json and the compare reports.</summary>
/// <param name="SchemaVersion">The compare.json schema version.</param>
/// <param name="Tool">The tool and version.</param>
/// <param name="CreatedUtc">When the comparison ran.</param>
/// <param name="Seed">The master seed.</param>
/// <param name="Generators">Each synthetic set with its audit, in command-line order.</param>
/// <param name="Leaderboard">Every headline metric across generators.</param>
/// <param name="Warnings">Run-level warnings.</param>
public sealed record ComparisonResult(int SchemaVersion, ToolInfo Tool, DateTimeOffset CreatedUtc, long Seed,
    ImmutableArray<ComparedGenerator> Generators, ImmutableArray<LeaderboardRow> Leaderboard, ImmutableArray<string> Warnings)
{
    /// <summary>A short name of the real dataset, for report headers.</summary>
    public string DatasetName { get; init; } = "dataset";

    /// <summary>The privacy-versus-fidelity trade-off: for each generator, (fidelity score, worst privacy risk), and whether it is on the frontier.</summary>
    public ImmutableArray<TradeOffPoint> TradeOff { get; init; } = ImmutableArray<TradeOffPoint>.Empty;
}
