namespace SynthAudit.Metrics.Utility;

/// <summary>The learning task implied by the target column.</summary>
internal enum UtilityTask
{
    /// <summary>A categorical target with two classes in the real training rows.</summary>
    Binary,

    /// <summary>A categorical target with more than two classes.</summary>
    Multiclass,

    /// <summary>A numeric target.</summary>
    Regression,
}
