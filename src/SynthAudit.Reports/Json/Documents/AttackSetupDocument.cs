namespace SynthAudit.Reports.Json.Documents;

/// <summary>The settings of a shadow-model attack.</summary>
internal sealed record AttackSetupDocument
{
    public required int Targets { get; init; }

    public required int Runs { get; init; }

    public required int ShadowRows { get; init; }

    public required long Seed { get; init; }

    public required int RealRows { get; init; }

    public required int PopulationRows { get; init; }

    public required string OutlierScore { get; init; }

    public required string? Builtin { get; init; }

    public required double? Epsilon { get; init; }

    public required double? Delta { get; init; }

    public required double? TimeoutSeconds { get; init; }
}
