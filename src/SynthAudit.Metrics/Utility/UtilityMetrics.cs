using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Utility;

/// <summary>The utility metrics of the contract, in contract order.</summary>
public static class UtilityMetrics
{
    /// <summary>Creates the utility metrics with their default options.</summary>
    public static IReadOnlyList<IMetric> Create() =>
    [
        new TrtrMetric(),
        new TstrMetric(),
        new UtilityRatioMetric(),
        new FeatureImportanceAgreementMetric(),
    ];
}
