using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Utility;

/// <summary>Trains the TRTR and TSTR models once per audit and shares their holdout scores (utility and fairness families).</summary>
/// <remarks>The models are the histogram gradient-boosted trees of the utility headline (scikit-learn HistGradientBoosting
/// defaults), trained on the real training rows (TRTR) and on the synthetic rows (TSTR) and scored on the same real
/// evaluation rows. Both are cached in <see cref="MetricContext.Shared"/>; the TRTR model under a key that depends only on
/// the real data, so <c>compare</c> trains it once for all synthetic sets.</remarks>
public static class UtilityModelCache
{
    /// <summary>The binary-classification holdout predictions, or null when the target is not binary or the models cannot be trained.</summary>
    public static HoldoutPredictions? GetBinaryPredictions(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        ct.ThrowIfCancellationRequested();
        var problem = UtilityProblem.Get(input, context);
        if (problem.SkipReason is not null || problem.Task != UtilityTask.Binary)
        {
            return null;
        }

        var trtr = UtilitySide.GetTrtr(input, context, ct);
        var tstr = UtilitySide.GetTstr(input, context, ct);
        if (trtr.SkipReason is not null || tstr.SkipReason is not null)
        {
            return null;
        }

        return new HoldoutPredictions(problem.Target, problem.Classes[1], problem.Evaluation, (int[])problem.EvaluationRows.Clone(),
            problem.EvaluationLabels.Select(l => l == 1).ToArray(), (double[])trtr.BoostingScores[1].Clone(), (double[])tstr.BoostingScores[1].Clone());
    }

    /// <summary>Why <see cref="GetBinaryPredictions"/> returns null for this input, or null when it does not.</summary>
    public static string? UnavailableReason(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var problem = UtilityProblem.Get(input, context);
        if (problem.SkipReason is { } reason)
        {
            return reason;
        }

        if (problem.Task != UtilityTask.Binary)
        {
            return "the target '" + problem.Target + "' is not binary";
        }

        return UtilitySide.GetTrtr(input, context, ct).SkipReason ?? UtilitySide.GetTstr(input, context, ct).SkipReason;
    }
}
