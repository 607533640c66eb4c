using System.Text.Json.Serialization;

namespace SynthAudit.Reports.Json.Documents;

/// <summary>The differential-privacy guarantee of a generated synthetic file, from its privacy card.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record DpGuaranteeDocument
{
    public required string Mechanism { get; init; }

    public required double Epsilon { get; init; }

    public required double Delta { get; init; }

    public required double Rho { get; init; }

    public required string Conversion { get; init; }

    public required string Neighbouring { get; init; }

    public required string Unit { get; init; }

    public required string Randomness { get; init; }

    public required string DomainSha256 { get; init; }

    public required string DomainSource { get; init; }

    public required long Rows { get; init; }

    public string? DataSha256 { get; init; }

    public int Measurements { get; init; }

    public int LedgerEntries { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Seed { get; init; }

    public string? ToolVersion { get; init; }

    public IReadOnlyList<MarginalDocument>? Marginals { get; init; }

    public IReadOnlyList<LedgerEntryDocument>? Ledger { get; init; }

    public IReadOnlyList<string>? Warnings { get; init; }
}
