namespace SynthAudit.Reports.Json.Documents;

/// <summary>The run log of a shadow-model attack.</summary>
internal sealed record AttackRunLogDocument
{
    public required string Generator { get; init; }

    public required int RunsPlanned { get; init; }

    public required int RunsSucceeded { get; init; }

    public required int Retries { get; init; }

    public required IReadOnlyList<AttackRunFailureDocument> Failures { get; init; }

    public required double? WallSeconds { get; init; }

    public required double? GeneratorSeconds { get; init; }
}
