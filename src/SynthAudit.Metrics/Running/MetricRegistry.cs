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
    public static IReadOnlyList<IMetric> CreateDefault() => Create(null);

    /// <summary>Every metric of the contract; the three GDPR attacks use <paramref name="attacks"/> (defaults when null).</summary>
    public static IReadOnlyList<IMetric> Create(AttackOptions? attacks) =>
        [.. FidelityMetrics.Create(), .. UtilityMetrics.Create(), .. FairnessMetrics.Create(), .. PrivacyMetrics.Create(attacks)];
}
