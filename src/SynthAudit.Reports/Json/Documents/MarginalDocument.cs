namespace SynthAudit.Reports.Json.Documents;

/// <summary>One measured marginal and its noise scale.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record MarginalDocument
{
    public required IReadOnlyList<string> Columns { get; init; }

    public required double NoiseScale { get; init; }

    public required long Cells { get; init; }
}
