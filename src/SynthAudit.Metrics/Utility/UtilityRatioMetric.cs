using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Utility;

/// <summary><c>utility.ratio</c>: how much of the real data's predictive value the synthetic data keeps (TSTR / TRTR).</summary>
/// <remarks>docs/metrics.md 3.3. Headline for classification: AUC_TSTR / AUC_TRTR of the boosting models; for a numeric target:
/// RMSE_TRTR / RMSE_TSTR (R² can be ≤ 0, so R² is compared by its difference in the breakdown). The breakdown has the
/// chance-adjusted AUC ratio, differences and the same comparisons for the linear model. 1 = parity, below 1 = worse.
/// Interval: paired bootstrap over the evaluation rows (the same resample for both models).</remarks>
public sealed class UtilityRatioMetric : IMetric
{
    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.UtilityRatio;

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

        var trtrSide = UtilitySide.GetTrtr(input, context, ct);
        var tstrSide = UtilitySide.GetTstr(input, context, ct);
        if ((trtrSide.SkipReason ?? tstrSide.SkipReason) is { } sideReason)
        {
            return MetricResult.Skipped(Descriptor, sideReason);
        }

        var trtr = UtilityScores.Get(input, trtrSide, context, ct);
        var tstr = UtilityScores.Get(input, tstrSide, context, ct);
        var regression = problem.Task == UtilityTask.Regression;
        var breakdown = new List<BreakdownEntry>();
        double headline = double.NaN;
        ConfidenceInterval? headlineCi = null;
        for (var m = 0; m < UtilityScores.Models.Length; m++)
        {
            var model = UtilityScores.Models[m];
            var comparisons = regression
                ? new (string Key, int Measure, Func<double, double, double> Compare)[]
                {
                    ("rmse_ratio", 1, (s, r) => UtilityRatios.ErrorRatio(s, r)),
                    ("mae_ratio", 2, (s, r) => UtilityRatios.ErrorRatio(s, r)),
                    ("r2_difference", 0, UtilityRatios.Difference),
                }
                : [
                    (tstr.Measures[0] + "_ratio", 0, UtilityRatios.Ratio),
                    (tstr.Measures[0] + "_chance_adjusted_ratio", 0, UtilityRatios.ChanceAdjustedAucRatio),
                    (tstr.Measures[0] + "_difference", 0, UtilityRatios.Difference),
                    ("accuracy_ratio", 1, UtilityRatios.Ratio),
                    ("f1_macro_ratio", 2, UtilityRatios.Ratio),
                ];
            for (var c = 0; c < comparisons.Length; c++)
            {
                var (key, measure, compare) = comparisons[c];
                var point = compare(tstr.Point[m][measure], trtr.Point[m][measure]);
                var replicates = new double[context.BootstrapResamples];
                for (var r = 0; r < replicates.Length; r++)
                {
                    replicates[r] = compare(tstr.Replicates[m][measure][r], trtr.Replicates[m][measure][r]);
                }

                var ci = UtilityScores.Interval(replicates, point, context);
                var finite = double.IsFinite(point);
                breakdown.Add(new BreakdownEntry(model + "." + key, finite ? point : null, ci,
                    Note: !finite ? "undefined (TRTR at or below chance, or zero error)" : m == 0 && c == 0 ? "headline" : null));
                if (m == 0 && c == 0)
                {
                    headline = point;
                    headlineCi = ci;
                }
            }
        }

        if (!double.IsFinite(headline))
        {
            return MetricResult.Skipped(Descriptor, regression
                ? "the synthetic-trained model has zero error on the evaluation rows; the ratio is undefined"
                : "the real-trained model scores zero on the evaluation rows; the ratio is undefined", breakdown);
        }

        return MetricResult.Ok(Descriptor, headline, headlineCi, baseline: 1.0, breakdown) with
        {
            CiMethod = UtilityResults.CiMethod(context),
            Sampling = Running.SampleSizes.Subsamples(new SampleSize("TRTR model training rows", trtrSide.TrainRows, trtrSide.TrainRowsAvailable),
                new SampleSize("TSTR model training rows", tstrSide.TrainRows, tstrSide.TrainRowsAvailable)),
            Warnings = [.. problem.Warnings, .. tstrSide.Warnings],
        };
    }
}
