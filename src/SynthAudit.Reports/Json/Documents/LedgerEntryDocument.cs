namespace SynthAudit.Reports.Json.Documents;

/// <summary>One charge of the privacy budget.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record LedgerEntryDocument
{
    public required string Purpose { get; init; }

    public required string Mechanism { get; init; }

    public required double Rho { get; init; }

    public required string Detail { get; init; }
}
