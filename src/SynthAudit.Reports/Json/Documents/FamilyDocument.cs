namespace SynthAudit.Reports.Json.Documents;

/// <summary>The verdict of one metric family.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record FamilyDocument
{
    public required string Family { get; init; }

    public required string Verdict { get; init; }

    public required string Metric { get; init; }

    public double? Value { get; init; }

    public IntervalDocument? Ci { get; init; }

    public required string Sentence { get; init; }
}
