namespace SynthAudit.Reports.Json.Documents;

/// <summary>A confidence interval.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record IntervalDocument
{
    public required double Low { get; init; }

    public required double High { get; init; }

    public required double Level { get; init; }
}
