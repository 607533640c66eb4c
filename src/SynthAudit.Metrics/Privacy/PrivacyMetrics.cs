using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The privacy metrics of the contract, in contract order.</summary>
public static class PrivacyMetrics
{
    /// <summary>Creates the privacy metrics with their default options.</summary>
    public static IReadOnlyList<IMetric> Create() =>
    [
        new ExactMatchRateMetric(),
        new DcrShareMetric(),
        new NndrMetric(),
        new MiaDistanceAucMetric(),
        new MiaDensityAucMetric(),
        new SinglingOutRiskMetric(),
        new LinkabilityRiskMetric(),
        new InferenceRiskMetric(),
    ];
}
