using SynthAudit.Core.Metrics;

namespace SynthAudit.Core.Results;

/// <summary>One generator's value of one metric in a comparison.</summary>
/// <param name="Generator">The generator's name (from <c>--synthetic NAME=FILE</c>).</param>
/// <param name="Value">The value, or null when the metric was skipped.</param>
/// <param name="Ci">Its interval.</param>
/// <param name="Rank">1 = best among the generators with a value.</param>
/// <param name="SignificantlyBetterThan">Generators this one beats with non-overlapping intervals.</param>
public sealed record LeaderboardCell(string Generator, double? Value, ConfidenceInterval? Ci, int? Rank,
    System.Collections.Immutable.ImmutableArray<string> SignificantlyBetterThan);
