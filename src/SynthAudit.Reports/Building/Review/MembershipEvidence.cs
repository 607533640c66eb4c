using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Reports.Text;

namespace SynthAudit.Reports.Building.Review;

/// <summary>The strongest membership attack of an audit, as one row of the reviewer's privacy table: its level (low,
/// medium, high from the summary's membership verdict), its AUC and TPR at 1% FPR with intervals, and their baselines.</summary>
/// <param name="Attack">The attack's name.</param>
/// <param name="Level">low, medium, high or not evaluated.</param>
/// <param name="Value">The headline in words (AUC and TPR at 1% FPR with intervals).</param>
/// <param name="Baseline">The chance level in words.</param>
internal sealed record MembershipEvidence(string Attack, string Level, string Value, string Baseline)
{
    /// <summary>The evidence of <paramref name="result"/>; "not evaluated" when no membership attack ran.</summary>
    public static MembershipEvidence Of(AuditResult result)
    {
        var level = result.Summary.Membership switch
        {
            null => "not evaluated",
            var m when m.StartsWith("no evidence", StringComparison.Ordinal) => "low",
            var m when m.StartsWith("weak", StringComparison.Ordinal) => "medium",
            var m when m.StartsWith("strong", StringComparison.Ordinal) => "high",
            _ => "not evaluated",
        };
        if (result.Find(MetricIds.MiaShadowTprAt1PctFpr) is { Status: MetricStatus.Ok, Value: { } shadowTpr } shadow)
        {
            var auc = result.Find(MetricIds.MiaShadowAuc);
            var aucText = auc is { Status: MetricStatus.Ok, Value: { } a } ? "AUC " + ReportFormat.WithInterval(a, auc.Ci) + "; " : string.Empty;
            return new(shadow.Metric.Name, level, aucText + "TPR at 1% FPR " + ReportFormat.WithInterval(shadowTpr, shadow.Ci),
                "AUC 0.5, TPR 0.010 at 1% FPR (chance)");
        }

        var attacks = result.Metrics.Where(m => m.Metric.Id is MetricIds.MiaDistanceAuc or MetricIds.MiaDensityAuc && m is { Status: MetricStatus.Ok, Value: not null }).ToList();
        if (attacks.Count == 0)
        {
            return new("membership inference", "not evaluated", "no membership attack ran (needs --holdout)", "AUC 0.5 (chance)");
        }

        var strongest = attacks
            .OrderByDescending(m => m.Breakdown.FirstOrDefault(b => b.Key == "tpr_at_fpr_0.01")?.Value ?? double.NegativeInfinity)
            .ThenByDescending(m => m.Value)
            .First();
        var tpr = strongest.Breakdown.FirstOrDefault(b => b.Key == "tpr_at_fpr_0.01");
        var tprText = tpr?.Value is { } t ? "; TPR at 1% FPR " + ReportFormat.WithInterval(t, tpr.Ci) : string.Empty;
        return new(strongest.Metric.Name, level,
            string.Create(CultureInfo.InvariantCulture, $"AUC {ReportFormat.Value(strongest.Value)} {ReportFormat.Interval(strongest.Ci)}{tprText}"),
            "AUC 0.5" + (tpr is null ? string.Empty : ", TPR 0.010 at 1% FPR") + " (chance)");
    }
}
