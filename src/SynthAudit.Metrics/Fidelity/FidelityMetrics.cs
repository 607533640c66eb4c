using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Running;

namespace SynthAudit.Metrics.Fidelity;

/// <summary>The fidelity metrics of the contract, in contract order.</summary>
public static class FidelityMetrics
{
    /// <summary>Creates the fidelity metrics with their default options.</summary>
    public static IReadOnlyList<IMetric> Create() =>
    [
        new KsComplementMetric(),
        new TvComplementMetric(),
        new WassersteinMetric(),
        new CorrelationSimilarityMetric(),
        new ContingencySimilarityMetric(),
        new KMarginalMetric(),
        new PendingMetric(MetricCatalog.DetectionAuc),
        new PendingMetric(MetricCatalog.PmseRatio),
        new CoverageMetric(),
        new QualityScoreMetric(),
    ];
}
