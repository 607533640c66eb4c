namespace SynthAudit.Reports.Json.Documents;

/// <summary>The TPR of an attack at a false-positive rate no larger than a target, with its Clopper–Pearson interval.</summary>
internal sealed record OperatingPointDocument
{
    public required double TargetFpr { get; init; }

    public required double? Tpr { get; init; }

    public required IntervalDocument? TprCi { get; init; }

    public required double? Fpr { get; init; }

    public required int TruePositives { get; init; }

    public required int Positives { get; init; }

    public required int FalsePositives { get; init; }

    public required int Negatives { get; init; }

    public required string IntervalMethod { get; init; }
}
