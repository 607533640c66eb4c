namespace SynthAudit.Reports.Json.Documents;

/// <summary>The empirical ε lower bound of an attack and whether it is consistent with a claimed ε.</summary>
internal sealed record EmpiricalEpsilonDocument
{
    public required double? LowerBound { get; init; }

    public required double? Delta { get; init; }

    public required double? Confidence { get; init; }

    public required int Tests { get; init; }

    public required string Family { get; init; }

    public required double? GuessFraction { get; init; }

    public required int Canaries { get; init; }

    public required int Guesses { get; init; }

    public required int Correct { get; init; }

    public required string Method { get; init; }

    public required double? ClaimedEpsilon { get; init; }

    public required bool? ConsistentWithClaim { get; init; }
}
