using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Utility;

/// <summary><c>utility.tstr</c>: the score on the real evaluation rows of a model trained on the synthetic rows.</summary>
/// <remarks>Train synthetic, test real (docs/metrics.md 3.1): the same models, settings and scores as <see cref="TrtrMetric"/>,
/// trained on the synthetic data; the baseline is the TRTR headline. When the synthetic data has fewer rows than the real
/// training data, the breakdown adds TRTR trained on a size-matched real subsample (docs/metrics.md 3.1). Carries the ROC
/// curves of both models (binary).</remarks>
public sealed class TstrMetric : IMetric
{
    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.Tstr;

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

        var side = UtilitySide.GetTstr(input, context, ct);
        if (side.SkipReason is { } sideReason)
        {
            return MetricResult.Skipped(Descriptor, sideReason);
        }

        var trtr = UtilitySide.GetTrtr(input, context, ct);
        double? baseline = trtr.SkipReason is null ? UtilityScores.Get(input, trtr, context, ct).Point[0][0] : null;
        var result = UtilityResults.Side(Descriptor, problem, side, UtilityScores.Get(input, side, context, ct), context, baseline);
        if (result.Status != MetricStatus.Ok)
        {
            return result;
        }

        if (trtr.SkipReason is null && side.TrainRows < trtr.TrainRows)
        {
            var matched = UtilitySide.GetTrtrSizeMatched(input, context, side.TrainRows, ct);
            if (matched.SkipReason is null)
            {
                var scores = UtilityScores.Get(input, matched, context, ct);
                var point = scores.Point[0][0];
                result = result with
                {
                    Breakdown = result.Breakdown.Add(new BreakdownEntry("boosting." + scores.Measures[0] + "_trtr_size_matched",
                        double.IsFinite(point) ? point : null, UtilityScores.Interval(scores.Replicates[0][0], point, context),
                        Note: "TRTR trained on a random subsample of the real rows as large as the synthetic data")),
                };
            }
        }

        var figure = UtilityResults.RocFigure(problem, trtr, side);
        return figure is null ? result : result with { Figures = [figure] };
    }
}
