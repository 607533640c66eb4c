using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fairness;
using SynthAudit.Metrics.Fidelity;
using SynthAudit.Metrics.Privacy;
using SynthAudit.Metrics.Utility;

namespace SynthAudit.Metrics.Running;

/// <summary>The list of metrics an audit runs, in contract order.</summary>
public static class MetricRegistry
{
    /// <summary>Every metric of the contract with default options.</summary>
    public static IReadOnlyList<IMetric> CreateDefault() =>
        [.. FidelityMetrics.Create(), .. UtilityMetrics.Create(), .. FairnessMetrics.Create(), .. PrivacyMetrics.Create()];
}
