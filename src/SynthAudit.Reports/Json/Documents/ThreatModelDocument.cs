namespace SynthAudit.Reports.Json.Documents;

/// <summary>The attacker model of an audit (<c>threatModel</c>).</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record ThreatModelDocument
{
    public required IReadOnlyList<string> QuasiIdentifiers { get; init; }

    public required IReadOnlyList<string> Secrets { get; init; }

    public required string ReleaseContext { get; init; }

    public required ThreatModelDeclaredDocument Declared { get; init; }

    public required IReadOnlyList<string> Assumptions { get; init; }
}
