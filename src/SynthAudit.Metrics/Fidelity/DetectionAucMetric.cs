using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Detection;

namespace SynthAudit.Metrics.Fidelity;

/// <summary><c>fidelity.detection_auc</c>: AUC of the strongest of two classifiers telling real from synthetic rows (0.5 is ideal).</summary>
/// <remarks>Balanced, seeded subsample (at most 3,000 rows per side); stratified 5-fold cross-validation of L2 logistic
/// regression and histogram gradient boosting; out-of-fold probabilities pooled into one exact AUC with ties; the larger
/// AUC is reported (docs/metrics.md 2.11). Interval: DeLong (section 3.4). Baseline 0.5 (indistinguishable). Breakdown: both
/// models' AUC and SDMetrics' detection score <c>1 − mean_folds(2·max(AUC_f, 0.5) − 1)</c>.</remarks>
public sealed class DetectionAucMetric : IMetric
{
    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.DetectionAuc;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        var analysis = DetectionAnalysis.Get(input, context, ct);
        if (analysis.Failure is { } reason)
        {
            return MetricResult.Skipped(Descriptor, reason);
        }

        if (!double.IsFinite(analysis.Auc))
        {
            return MetricResult.Skipped(Descriptor, "the detection AUC is undefined");
        }

        var rows = new List<BreakdownEntry>
        {
            new("logistic regression", analysis.LogisticAuc),
            new("gradient boosting", analysis.BoostingAuc),
            new("detection score", analysis.FoldScore, Note: "SDMetrics style: 1 - mean over folds of (2 max(AUC, 0.5) - 1); 1 = indistinguishable"),
            new("strongest model", analysis.Auc, Note: analysis.Model),
            new("rows per side", analysis.Sample!.RealRows.Length),
        };
        return MetricResult.Ok(Descriptor, analysis.Auc, analysis.Ci, 0.5, rows) with
        {
            CiMethod = analysis.Ci is null ? "none" : "delong",
            Sampling = Running.SampleSizes.Subsamples([.. FidelitySampling.Detection(analysis, input)]),
            Warnings = analysis.Auc > 0.9 ? ["a classifier separates real from synthetic rows almost perfectly (" + analysis.Model + ")"] : [],
        };
    }
}
