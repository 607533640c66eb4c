namespace SynthAudit.Reports.Json.Documents;

/// <summary>How many targets are individually exposed.</summary>
internal sealed record AttackExposureDocument
{
    public required int TargetsExposed { get; init; }

    public required int Targets { get; init; }

    public required string Rule { get; init; }
}
