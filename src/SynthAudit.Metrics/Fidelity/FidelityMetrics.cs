using SynthAudit.Core.Metrics;

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
        new DetectionAucMetric(),
        new PmseRatioMetric(),
        new CoverageMetric(),
        new QualityScoreMetric(),
    ];
}
