namespace SynthAudit.Metrics.Learning;

/// <summary>When <see cref="GradientBoosting"/> holds out a validation split and stops early.</summary>
public enum EarlyStoppingMode
{
    /// <summary>When the training data has more than 10 000 rows (scikit-learn's <c>early_stopping='auto'</c>).</summary>
    Auto,

    /// <summary>Always.</summary>
    On,

    /// <summary>Never: all rows train, all rounds run.</summary>
    Off,
}
