using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Running;

namespace SynthAudit.Metrics.Fairness;

/// <summary>The fairness metrics of the contract, in contract order.</summary>
public static class FairnessMetrics
{
    /// <summary>Creates the fairness metrics with their default options.</summary>
    public static IReadOnlyList<IMetric> Create() =>
    [
        new PendingMetric(MetricCatalog.Representation),
        new PendingMetric(MetricCatalog.ParityGap),
        new PendingMetric(MetricCatalog.EqualizedOddsGap),
        new PendingMetric(MetricCatalog.BiasAmplification),
    ];
}
