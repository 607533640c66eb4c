using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Utility;

/// <summary>Builds the results of the utility metrics from the shared problem, sides and scores.</summary>
internal static class UtilityResults
{
    /// <summary>The interval method text of the paired bootstrap.</summary>
    public static string CiMethod(MetricContext context) =>
        "bootstrap-percentile (" + context.BootstrapResamples.ToString(CultureInfo.InvariantCulture)
        + ", paired over evaluation rows; models trained once, training randomness not covered)";

    /// <summary>The problem, or a skip reason (also records run-level warnings once).</summary>
    public static UtilityProblem? Problem(AuditInput input, MetricContext context, out string? reason)
    {
        var problem = UtilityProblem.Get(input, context);
        reason = problem.SkipReason;
        if (reason is not null)
        {
            return null;
        }

        foreach (var warning in problem.Warnings.Where(w => w.Contains("no holdout", StringComparison.Ordinal)))
        {
            context.Warn(warning);
        }

        return problem;
    }

    /// <summary>The result for one side (TRTR or TSTR): boosting headline, both models in the breakdown.</summary>
    public static MetricResult Side(MetricDescriptor descriptor, UtilityProblem problem, UtilitySide side, UtilityScores scores,
        MetricContext context, double? baseline)
    {
        var value = scores.Point[0][0];
        if (!double.IsFinite(value))
        {
            return MetricResult.Skipped(descriptor, "the " + scores.Measures[0] + " of the model is undefined on the evaluation rows");
        }

        var breakdown = new List<BreakdownEntry>();
        for (var m = 0; m < UtilityScores.Models.Length; m++)
        {
            for (var k = 0; k < scores.Measures.Length; k++)
            {
                var point = scores.Point[m][k];
                string? note = m == 0 && k == 0 ? "headline" : null;
                if (k == 0 && problem.Task == UtilityTask.Binary)
                {
                    note = (note is null ? string.Empty : note + "; ") + "positive class '" + problem.Classes[1] + "'";
                }

                breakdown.Add(new BreakdownEntry(UtilityScores.Models[m] + "." + scores.Measures[k], double.IsFinite(point) ? point : null,
                    UtilityScores.Interval(scores.Replicates[m][k], point, context), Note: double.IsFinite(point) ? note : "undefined on the evaluation rows"));
            }
        }

        breakdown.Add(new BreakdownEntry("boosting.iterations", side.Boosting.Iterations));
        breakdown.Add(new BreakdownEntry("rows.train", side.TrainRows));
        breakdown.Add(new BreakdownEntry("rows.evaluation", problem.EvaluationRows.Length,
            Note: problem.UsesInternalHoldout ? "30 % of the real rows held out (no holdout given)" : "holdout"));
        var result = MetricResult.Ok(descriptor, value, UtilityScores.Interval(scores.Replicates[0][0], value, context), baseline, breakdown) with
        {
            CiMethod = CiMethod(context),
            Sampling = Running.SampleSizes.Subsamples(new SampleSize("model training rows", side.TrainRows, side.TrainRowsAvailable)),
            Warnings = [.. problem.Warnings, .. side.Warnings],
        };
        return result;
    }

    /// <summary>The ROC curves of the TRTR and TSTR boosting models (binary targets).</summary>
    public static FigureData? RocFigure(UtilityProblem problem, UtilitySide? trtr, UtilitySide tstr)
    {
        if (problem.Task != UtilityTask.Binary)
        {
            return null;
        }

        var positive = problem.EvaluationLabels.Select(l => l == 1).ToArray();
        var series = new List<FigureSeries>();
        if (trtr is { SkipReason: null })
        {
            var (x, y) = RocCurve.Points(trtr.BoostingScores[1], positive);
            series.Add(new FigureSeries("TRTR (trained on real)", x, y));
        }

        var (sx, sy) = RocCurve.Points(tstr.BoostingScores[1], positive);
        series.Add(new FigureSeries("TSTR (trained on synthetic)", sx, sy));
        return new FigureData("utility.roc", "ROC curves on the real evaluation rows (gradient boosting, positive class '" + problem.Classes[1] + "')",
            FigureKind.Lines, "False positive rate", "True positive rate", ImmutableArray<string>.Empty, [.. series]);
    }
}
