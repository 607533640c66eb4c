using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Utility;

/// <summary><c>utility.trtr</c>: the score on the real evaluation rows of a model trained on the real training rows.</summary>
/// <remarks>Train real, test real (docs/metrics.md 3.1). Headline: histogram gradient boosting (scikit-learn HGB defaults) scored by
/// ROC AUC (binary), macro one-vs-rest AUC (multiclass) or R² (numeric target); the breakdown adds accuracy, macro F1 /
/// RMSE, MAE and the same scores for L2 logistic (ridge) regression. Interval: paired bootstrap over the evaluation rows.</remarks>
public sealed class TrtrMetric : IMetric
{
    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.Trtr;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var problem = UtilityResults.Problem(input, context, out var reason);
        if (problem is null)
        {
            return MetricResult.Skipped(Descriptor, reason!);
        }

        var side = UtilitySide.GetTrtr(input, context, ct);
        if (side.SkipReason is { } sideReason)
        {
            return MetricResult.Skipped(Descriptor, sideReason);
        }

        return UtilityResults.Side(Descriptor, problem, side, UtilityScores.Get(input, side, context, ct), context, baseline: null);
    }
}
