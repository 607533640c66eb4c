using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Running;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The privacy metrics of the contract, in contract order.</summary>
public static class PrivacyMetrics
{
    /// <summary>Creates the privacy metrics with their default options.</summary>
    public static IReadOnlyList<IMetric> Create() =>
    [
        new PendingMetric(MetricCatalog.ExactMatchRate),
        new PendingMetric(MetricCatalog.DcrShare),
        new PendingMetric(MetricCatalog.Nndr),
        new PendingMetric(MetricCatalog.MiaDistanceAuc),
        new PendingMetric(MetricCatalog.MiaDensityAuc),
        new PendingMetric(MetricCatalog.SinglingOutRisk),
        new PendingMetric(MetricCatalog.LinkabilityRisk),
        new PendingMetric(MetricCatalog.InferenceRisk),
    ];
}
