namespace SynthAudit.Reports.Json.Documents;

/// <summary>The level of one GDPR criterion.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record GdprDocument
{
    public required string Criterion { get; init; }

    public required string Level { get; init; }

    public required string Metric { get; init; }

    public double? Risk { get; init; }

    public IntervalDocument? Ci { get; init; }

    public required string Rule { get; init; }
}
