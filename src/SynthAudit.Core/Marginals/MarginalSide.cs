namespace SynthAudit.Core.Marginals;

/// <summary>The table a marginal statistic is computed on.</summary>
public enum MarginalSide
{
    /// <summary>The real (train) rows.</summary>
    Real,

    /// <summary>The synthetic rows.</summary>
    Synthetic,

    /// <summary>The holdout rows.</summary>
    Holdout,
}
