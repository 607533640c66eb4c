using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The privacy metrics of the contract, in contract order.</summary>
public static class PrivacyMetrics
{
    /// <summary>Creates the privacy metrics; the three GDPR attacks use <paramref name="attacks"/> (defaults when null).</summary>
    public static IReadOnlyList<IMetric> Create(AttackOptions? attacks = null) =>
    [
        new ExactMatchRateMetric(),
        new DcrShareMetric(),
        new NndrMetric(),
        new MiaDistanceAucMetric(),
        new MiaDensityAucMetric(),
        new SinglingOutRiskMetric(attacks ?? AttackOptions.Default),
        new LinkabilityRiskMetric(attacks ?? AttackOptions.Default),
        new InferenceRiskMetric(attacks ?? AttackOptions.Default),
    ];
}
