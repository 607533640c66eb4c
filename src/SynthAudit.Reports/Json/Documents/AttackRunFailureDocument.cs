namespace SynthAudit.Reports.Json.Documents;

/// <summary>A generator run that failed after its retry.</summary>
internal sealed record AttackRunFailureDocument
{
    public required int Run { get; init; }

    public required string Reason { get; init; }
}
