namespace SynthAudit.Reports.Json.Documents;

/// <summary>One cited threshold of the review's policy pack and how the audit fared against it.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record PolicyThresholdDocument
{
    public required string Metric { get; init; }

    public required string Bound { get; init; }

    public required double Threshold { get; init; }

    public required string Source { get; init; }

    public required string Rationale { get; init; }

    public required string Outcome { get; init; }

    public double? Value { get; init; }

    public IntervalDocument? Ci { get; init; }
}
