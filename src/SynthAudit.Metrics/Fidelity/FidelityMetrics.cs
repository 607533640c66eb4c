using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Running;

namespace SynthAudit.Metrics.Fidelity;

/// <summary>The fidelity metrics of the contract, in contract order.</summary>
public static class FidelityMetrics
{
    /// <summary>Creates the fidelity metrics with their default options.</summary>
    public static IReadOnlyList<IMetric> Create() =>
    [
        new PendingMetric(MetricCatalog.KsComplement),
        new PendingMetric(MetricCatalog.TvComplement),
        new PendingMetric(MetricCatalog.Wasserstein),
        new PendingMetric(MetricCatalog.CorrelationSimilarity),
        new PendingMetric(MetricCatalog.ContingencySimilarity),
        new PendingMetric(MetricCatalog.KMarginal),
        new PendingMetric(MetricCatalog.DetectionAuc),
        new PendingMetric(MetricCatalog.PmseRatio),
        new PendingMetric(MetricCatalog.Coverage),
        new PendingMetric(MetricCatalog.QualityScore),
    ];
}
