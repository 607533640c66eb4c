namespace SynthAudit.Reports.Json.Documents;

/// <summary>Which parts of the threat model were declared rather than assumed.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record ThreatModelDeclaredDocument
{
    public required bool QuasiIdentifiers { get; init; }

    public required bool Secrets { get; init; }

    public required bool ReleaseContext { get; init; }
}
