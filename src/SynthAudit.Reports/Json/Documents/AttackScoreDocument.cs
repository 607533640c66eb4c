namespace SynthAudit.Reports.Json.Documents;

/// <summary>How well an attack separates members from non-members: AUC and TPR at low FPR.</summary>
internal sealed record AttackScoreDocument
{
    public required double? Auc { get; init; }

    public required IntervalDocument? AucCi { get; init; }

    public required int Members { get; init; }

    public required int NonMembers { get; init; }

    public required IReadOnlyList<OperatingPointDocument> TprAtFpr { get; init; }
}
