using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Running;

namespace SynthAudit.Metrics.Utility;

/// <summary>The utility metrics of the contract, in contract order.</summary>
public static class UtilityMetrics
{
    /// <summary>Creates the utility metrics with their default options.</summary>
    public static IReadOnlyList<IMetric> Create() =>
    [
        new PendingMetric(MetricCatalog.Trtr),
        new PendingMetric(MetricCatalog.Tstr),
        new PendingMetric(MetricCatalog.UtilityRatio),
        new PendingMetric(MetricCatalog.FeatureImportanceAgreement),
    ];
}
