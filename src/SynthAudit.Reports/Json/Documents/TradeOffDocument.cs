namespace SynthAudit.Reports.Json.Documents;

/// <summary>One generator on the fidelity-privacy trade-off.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record TradeOffDocument
{
    public required string Generator { get; init; }

    public double? Fidelity { get; init; }

    public double? PrivacyRisk { get; init; }

    public required bool OnFrontier { get; init; }
}
