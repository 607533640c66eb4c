namespace SynthAudit.Reports.Json.Documents;

/// <summary>One series of a chart; null stands for a missing point.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record SeriesDocument
{
    public required string Name { get; init; }

    public required IReadOnlyList<double?> X { get; init; }

    public required IReadOnlyList<double?> Y { get; init; }
}
