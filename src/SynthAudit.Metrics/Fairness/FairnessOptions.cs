namespace SynthAudit.Metrics.Fairness;

/// <summary>Thresholds of the fairness metrics (docs/metrics.md section 5).</summary>
public sealed record FairnessOptions
{
    /// <summary>Groups with fewer real rows than this are pooled into <c>(other)</c> (default 30, docs/metrics.md 5.5).</summary>
    public int MinGroupSize { get; init; } = 30;

    /// <summary>Positives and negatives a holdout group needs for TPR, FPR and AUC (default 5, docs/metrics.md 5.5).</summary>
    public int MinClassCount { get; init; } = 5;

    /// <summary>The four-fifths rule: adverse impact when the disparate-impact ratio is below this (default 0.8).</summary>
    public double FourFifths { get; init; } = 0.8;

    /// <summary>A synthetic/real share ratio below this flags under-representation when its CI excludes 1 (default 0.8).</summary>
    public double UnderRepresentation { get; init; } = 0.8;

    /// <summary>A synthetic/real share ratio above this flags over-representation when its CI excludes 1 (default 1.25).</summary>
    public double OverRepresentation { get; init; } = 1.25;

    /// <summary>The default options.</summary>
    public static FairnessOptions Default { get; } = new();
}
