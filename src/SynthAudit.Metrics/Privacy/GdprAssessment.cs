using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;

namespace SynthAudit.Metrics.Privacy;

/// <summary>Turns the three Anonymeter-style risks into GDPR criterion levels (Article 29 WP Opinion 05/2014) and the
/// membership-inference AUCs into a verdict.</summary>
/// <remarks>Levels compare the risk interval with fixed bounds: <b>low</b> when the whole interval is below 0.10,
/// <b>high</b> when its lower end is at least 0.30, <b>medium</b> otherwise. SynthAudit reports evidence per criterion;
/// it never states that data is "GDPR-anonymous".</remarks>
public static class GdprAssessment
{
    /// <summary>The upper interval end below which a risk is low.</summary>
    public const double LowBound = 0.10;

    /// <summary>The lower interval end at or above which a risk is high.</summary>
    public const double HighBound = 0.30;

    private static readonly (string Criterion, string MetricId)[] s_criteria =
    [
        ("singling_out", MetricIds.SinglingOutRisk),
        ("linkability", MetricIds.LinkabilityRisk),
        ("inference", MetricIds.InferenceRisk),
    ];

    /// <summary>The three criteria, in GDPR order.</summary>
    public static ImmutableArray<GdprCriterionAssessment> Assess(IReadOnlyList<MetricResult> results)
    {
        var rule = string.Create(CultureInfo.InvariantCulture,
            $"low if the 95% interval lies below {LowBound}; high if its lower end is at least {HighBound}; medium otherwise");
        return s_criteria.Select(c =>
        {
            var r = results.FirstOrDefault(m => m.Metric.Id == c.MetricId);
            if (r is null || r.Status != MetricStatus.Ok || r.Value is null)
            {
                return new GdprCriterionAssessment(c.Criterion, "not evaluated", c.MetricId, null, null, r?.Reason ?? "metric not run");
            }

            var low = r.Ci?.Low ?? r.Value.Value;
            var high = r.Ci?.High ?? r.Value.Value;
            var level = high < LowBound ? "low" : low >= HighBound ? "high" : "medium";
            return new GdprCriterionAssessment(c.Criterion, level, c.MetricId, r.Value, r.Ci, rule);
        }).ToImmutableArray();
    }

    /// <summary>The membership verdict from the strongest of the two MIA AUCs, or null when neither ran.</summary>
    public static string? Membership(IReadOnlyList<MetricResult> results)
    {
        var mias = results.Where(m => m.Metric.Id is MetricIds.MiaDistanceAuc or MetricIds.MiaDensityAuc && m.Status == MetricStatus.Ok && m.Value is not null).ToList();
        if (mias.Count == 0)
        {
            return null;
        }

        var worst = mias.MaxBy(m => m.Value!.Value)!;
        var auc = worst.Value!.Value;
        var low = worst.Ci?.Low ?? auc;
        var text = string.Create(CultureInfo.InvariantCulture, $"{worst.Metric.Name} {auc:0.000}");
        if (low <= 0.5 || auc < 0.55)
        {
            return "no evidence of membership leakage (" + text + ", 0.5 = no signal)";
        }

        return auc < 0.6
            ? "weak membership signal (" + text + "): records used for training are slightly easier to recognise"
            : "strong membership signal (" + text + "): an attacker can tell which records were used for training";
    }
}
