namespace SynthAudit.Reports.Json.Documents;

/// <summary>The reviewer's context (<c>review</c>): profile, cited policy pack and decision block.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record ReviewDocument
{
    public string? Profile { get; init; }

    public string? Policy { get; init; }

    public string? PolicyPath { get; init; }

    public string? PolicySha256 { get; init; }

    public required IReadOnlyList<PolicyThresholdDocument> Thresholds { get; init; }

    public required DecisionDocument Decision { get; init; }
}
