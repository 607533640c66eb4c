using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;

namespace SynthAudit.Metrics.Privacy;

/// <summary>Turns the three Anonymeter-style risks into GDPR criterion levels (Article 29 WP Opinion 05/2014) and the
/// membership-inference AUCs into a verdict.</summary>
/// <remarks>
/// <para>Levels read the risk's 95 % interval, which for a headline that is the largest of several risks (query modes,
/// secret columns) is already Bonferroni-adjusted by the metric: <b>high</b> when its lower end is at least 0.30;
/// <b>low</b> when it reaches 0 (no evidence of any risk) or lies wholly below 0.10 (evidence of a small risk only);
/// <b>medium</b> otherwise (a risk shown to exceed 0 that may reach 0.10). Tuned on the calibration suite (README): fresh
/// real data is low on every criterion in at least 95 % of seeds, a verbatim copy of train high on all three. Singling out
/// is on the scale of a verbatim copy of train at these sizes (<see cref="SinglingOutRiskMetric"/>), so the same bounds
/// apply at any holdout:train ratio.</para>
/// <para>Every "evidence" test (a criterion's interval reaching 0, an AUC interval reaching 0.5) is made at the privacy
/// verdict's family-wise level (<see cref="PrivacyTestFamily"/>), so a safe release is marked with some finding in at most
/// 5 % of runs.</para>
/// <para>Membership: evidence when an MIA's AUC interval (Bonferroni-widened over the tests of the privacy verdict) lies wholly above 0.5;
/// weak below an AUC of 0.60, strong otherwise. SynthAudit reports evidence per criterion; it never states that data is
/// "GDPR-anonymous".</para>
/// </remarks>
public static class GdprAssessment
{
    /// <summary>The upper interval end below which a significant risk is still low.</summary>
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
        ArgumentNullException.ThrowIfNull(results);
        var size = PrivacyTestFamily.Size(results);
        var rule = string.Create(CultureInfo.InvariantCulture,
            $"high if the 95% interval starts at {HighBound} or more; low if it lies below {LowBound} or, widened to {PrivacyTestFamily.PerTestLevel(size):0.0%} (Bonferroni over the {size} attack tests of the privacy verdict), reaches 0; medium otherwise");
        return s_criteria.Select(c =>
        {
            var r = results.FirstOrDefault(m => m.Metric.Id == c.MetricId);
            if (r is null || r.Status != MetricStatus.Ok || r.Value is null)
            {
                return new GdprCriterionAssessment(c.Criterion, "not evaluated", c.MetricId, null, null, r?.Reason ?? "metric not run");
            }

            var low = r.Ci?.Low ?? r.Value.Value;
            var high = r.Ci?.High ?? r.Value.Value;
            var level = Level(low, high, PrivacyTestFamily.EvidenceLow(r.Value.Value, r.Ci, size));
            var text = rule;
            if (r.CiMethod?.Contains("Bonferroni", StringComparison.Ordinal) == true)
            {
                var over = System.Text.RegularExpressions.Regex.Match(r.CiMethod, @"largest of (\d+) risks");
                text += over.Success
                    ? $"; the risk is the largest of {over.Groups[1].Value}, so its interval is Bonferroni-adjusted (simultaneous 95%)"
                    : "; the risk is a maximum, so its interval is Bonferroni-adjusted (simultaneous 95%)";
            }

            if (c.MetricId == MetricIds.SinglingOutRisk)
            {
                text += "; risk on the scale of a verbatim copy of train at these sizes (absolute risk in the breakdown)";
            }

            return new GdprCriterionAssessment(c.Criterion, level, c.MetricId, r.Value, r.Ci, text);
        }).ToImmutableArray();
    }

    /// <summary>The level of a risk interval: high from a lower end of 0.30; low when the interval reaches 0 or lies below 0.10.</summary>
    public static string Level(double low, double high) => Level(low, high, low);

    /// <summary>The level of a risk interval whose evidence test uses <paramref name="evidenceLow"/>, the lower end widened to
    /// the privacy verdict's family-wise level (<see cref="PrivacyTestFamily"/>): high from a 95 % lower end of 0.30; low when
    /// the widened interval reaches 0 or the interval lies below 0.10; medium otherwise.</summary>
    public static string Level(double low, double high, double evidenceLow) =>
        low >= HighBound ? "high" : evidenceLow <= 0 || high < LowBound ? "low" : "medium";

    /// <summary>The AUC at or above which a membership signal (interval above 0.5) is strong.</summary>
    public const double StrongAuc = 0.60;

    /// <summary>The membership verdict from the two MIA AUCs, or null when neither ran.</summary>
    /// <remarks>Evidence means an AUC interval wholly above 0.5. Each interval is widened to the Bonferroni level
    /// <c>1 − 0.05/m</c> (m = the tests of the privacy verdict, <see cref="PrivacyTestFamily"/>) before the test; the family-wise
    /// false-alarm rate is then at most 2.5 % (one-sided). Strong when the evidence holds and the AUC is at least
    /// <see cref="StrongAuc"/>; weak otherwise.</remarks>
    public static string? Membership(IReadOnlyList<MetricResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var mias = results.Where(m => m.Metric.Id is MetricIds.MiaDistanceAuc or MetricIds.MiaDensityAuc or MetricIds.MiaShadowAuc
            && m.Status == MetricStatus.Ok && m.Value is not null).ToList();
        if (mias.Count == 0)
        {
            return null;
        }

        var size = PrivacyTestFamily.Size(results);
        var adjusted = mias.Select(m => (Result: m, Low: PrivacyTestFamily.EvidenceLow(m.Value!.Value, m.Ci, size))).ToList();
        var evidence = adjusted.Where(x => x.Low > 0.5).OrderByDescending(x => x.Result.Value).ToList();
        var shown = evidence.Count > 0 ? evidence[0] : adjusted.MaxBy(x => x.Result.Value!.Value);
        var auc = shown.Result.Value!.Value;
        var adjustment = size > 1 ? string.Create(CultureInfo.InvariantCulture, $"Bonferroni over the {size} attack tests of the privacy verdict") : "95%";
        var text = string.Create(CultureInfo.InvariantCulture, $"{shown.Result.Metric.Name} {auc:0.000}, lower end {shown.Low:0.000} ({adjustment})") +
            LowFprClause(mias);
        var shadow = ShadowClause(results);
        if (evidence.Count == 0)
        {
            return "no evidence of membership leakage (" + text + "; the AUC interval reaches 0.5)" + shadow;
        }

        return (auc < StrongAuc
            ? "weak membership signal (" + text + ", interval above 0.5): records used for training are slightly easier to recognise"
            : "strong membership signal (" + text + ", interval above 0.5): an attacker can tell which records were used for training") + shadow;
    }

    /// <summary>The largest TPR at 1 % FPR over the release-level attacks' breakdowns, with its Clopper–Pearson interval.</summary>
    private static string LowFprClause(IReadOnlyList<MetricResult> mias)
    {
        var best = mias.Where(m => m.Metric.Id != MetricIds.MiaShadowAuc)
            .Select(m => (Metric: m, Entry: m.Breakdown.FirstOrDefault(b => b.Key == "tpr_at_fpr_0.01")))
            .Where(x => x.Entry?.Value is not null)
            .OrderByDescending(x => x.Entry!.Value)
            .FirstOrDefault();
        if (best.Entry is not { Value: { } v } entry)
        {
            return string.Empty;
        }

        var ci = entry.Ci is { } c ? string.Create(CultureInfo.InvariantCulture, $" [{c.Low:0.000}, {c.High:0.000}]") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"; worst TPR at 1% FPR {v:0.000}{ci}, chance level 0.010");
    }

    /// <summary>The shadow-model attack's TPR at 1 % FPR when it ran (issue 15), else what its absence means for the claim.</summary>
    private static string ShadowClause(IReadOnlyList<MetricResult> results)
    {
        var tpr = results.FirstOrDefault(m => m.Metric.Id == MetricIds.MiaShadowTprAt1PctFpr);
        if (tpr is { Status: MetricStatus.Ok, Value: { } v })
        {
            var ci = tpr.Ci is { } c ? string.Create(CultureInfo.InvariantCulture, $" [{c.Low:0.000}, {c.High:0.000}]") : string.Empty;
            return string.Create(CultureInfo.InvariantCulture,
                $"; the shadow-model attack on the generator, the strongest attack class run, reaches a TPR of {v:0.000}{ci} at 1% FPR (chance level 0.010)");
        }

        return "; the shadow-model attack that retrains the generator (the strongest attack class) was not run, so this covers attacks on the released data only (run 'audit --generator' or 'synthaudit attack')";
    }
}
