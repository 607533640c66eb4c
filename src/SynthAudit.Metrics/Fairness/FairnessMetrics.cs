using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Fairness;

/// <summary>The fairness metrics of the contract, in contract order.</summary>
public static class FairnessMetrics
{
    /// <summary>Creates the fairness metrics with their default options.</summary>
    public static IReadOnlyList<IMetric> Create() =>
    [
        new RepresentationMetric(),
        new ParityGapMetric(),
        new EqualizedOddsGapMetric(),
        new BiasAmplificationMetric(),
    ];
}
