namespace SynthAudit.Reports.Json.Documents;

/// <summary>One seeded sample a metric was computed on.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record SampleDocument
{
    public required string Part { get; init; }

    public required long Rows { get; init; }

    public required long Of { get; init; }
}
