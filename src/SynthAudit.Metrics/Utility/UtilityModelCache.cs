using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Utility;

/// <summary>Trains the TRTR and TSTR models once per audit and shares their holdout scores (utility and fairness families).</summary>
/// <remarks>The models are the histogram gradient-boosted trees of the utility headline (scikit-learn HistGradientBoosting
/// defaults), trained on the real training rows (TRTR) and on the synthetic rows (TSTR) and scored on the same real
/// evaluation rows. Both are shared analyses (<see cref="MetricContext.Analyses"/>); the TRTR model has the real-data scope,
/// so <c>compare</c> trains it once for all synthetic sets.</remarks>
public static class UtilityModelCache
{
    /// <summary>The binary-classification holdout predictions, or null when the target is not binary or the models cannot be trained.</summary>
    /// <remarks>Computed once per input set and shared: treat the arrays as read-only.</remarks>
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

        if (UtilitySide.GetTrtr(input, context, ct).SkipReason is not null || UtilitySide.GetTstr(input, context, ct).SkipReason is not null)
        {
            return null;
        }

        return context.Analyses(input).Get(PredictionsKey, ct);
    }

    /// <summary>The key of the binary predictions: they read the TSTR model, so one per input set (the same instance for the
    /// equalized-odds and bias-amplification metrics, whose own shared analysis is keyed by it).</summary>
    private static AnalysisKey<HoldoutPredictions> PredictionsKey { get; } = new("utility.binary-predictions", AnalysisScope.InputSet, (a, ct) =>
    {
        var problem = UtilityProblem.Get(a.Input, a.Context);
        var trtr = UtilitySide.GetTrtr(a.Input, a.Context, ct);
        var tstr = UtilitySide.GetTstr(a.Input, a.Context, ct);
        return new HoldoutPredictions(problem.Target, problem.Classes[1], problem.Evaluation, (int[])problem.EvaluationRows.Clone(),
            problem.EvaluationLabels.Select(l => l == 1).ToArray(), (double[])trtr.BoostingScores[1].Clone(), (double[])tstr.BoostingScores[1].Clone())
        {
            TrainingSampling = Running.SampleSizes.Subsamples(new SampleSize("TRTR model training rows", trtr.TrainRows, trtr.TrainRowsAvailable),
                new SampleSize("TSTR model training rows", tstr.TrainRows, tstr.TrainRowsAvailable)),
        };
    });

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
