namespace SynthAudit.Metrics.Learning;

/// <summary>The loss a <see cref="GradientBoostingModel"/> was fitted with.</summary>
public enum BoostingObjective
{
    /// <summary>Binary log loss; one raw score per row (the log-odds of class 1).</summary>
    Binary,

    /// <summary>Multiclass cross-entropy with softmax; one raw score per class.</summary>
    Multiclass,

    /// <summary>Squared error; the raw score is the prediction.</summary>
    Regression,
}
