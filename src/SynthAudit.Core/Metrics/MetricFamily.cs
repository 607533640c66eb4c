namespace SynthAudit.Core.Metrics;

/// <summary>The four metric families of an audit.</summary>
public enum MetricFamily
{
    /// <summary>How closely the synthetic data follows the real distribution.</summary>
    Fidelity,

    /// <summary>How useful the synthetic data is for training models evaluated on real data.</summary>
    Utility,

    /// <summary>Whether disparities between protected groups are kept, erased or amplified.</summary>
    Fairness,

    /// <summary>How much the synthetic data reveals about the real records it was trained on.</summary>
    Privacy,
}
