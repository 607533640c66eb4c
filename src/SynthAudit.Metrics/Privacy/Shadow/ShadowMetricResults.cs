using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results.Attack;

namespace SynthAudit.Metrics.Privacy.Shadow;

/// <summary>Turns a shadow-model attack into the two optional privacy metrics of an audit: <c>privacy.mia_shadow_auc</c>
/// and <c>privacy.mia_shadow_tpr_at_1pct_fpr</c> (issue 15).</summary>
public static class ShadowMetricResults
{
    /// <summary>The two metric results of <paramref name="attack"/>.</summary>
    public static ImmutableArray<MetricResult> From(AttackResult attack)
    {
        ArgumentNullException.ThrowIfNull(attack);
        var pooled = attack.Pooled;
        var note = string.Create(CultureInfo.InvariantCulture,
            $"shadow-model attack ({attack.StrongestFamily} features) over {attack.RunLog.RunsSucceeded} generator runs and {attack.Setup.Targets} targets; see attack.json");
        var breakdown = new List<BreakdownEntry>();
        foreach (var p in pooled.OperatingPoints)
        {
            breakdown.Add(new BreakdownEntry(string.Create(CultureInfo.InvariantCulture, $"tpr_at_fpr_{p.TargetFpr}"), Finite(p.Tpr), p.TprCi, p.TargetFpr,
                string.Create(CultureInfo.InvariantCulture, $"{p.TruePositives}/{p.Positives} members at {p.FalsePositives}/{p.Negatives} false positives (Clopper-Pearson)")));
        }

        foreach (var f in attack.Families)
        {
            breakdown.Add(new BreakdownEntry("family:" + f.Family, Finite(f.Score.Auc), f.Score.AucCi, 0.5, f.Description));
        }

        var e = attack.Epsilon;
        breakdown.Add(new BreakdownEntry("empirical_epsilon_lower_bound", e.LowerBound, null, null, string.Create(CultureInfo.InvariantCulture,
            $"at delta {e.Delta:G3}, {e.Correct} of {e.Guesses} guesses right; Steinke, Nasr & Jagielski 2023{(e.ClaimedEpsilon is { } c ? $"; claimed epsilon {c:G6}" : string.Empty)}")));
        var auc = double.IsFinite(pooled.Auc)
            ? MetricResult.Ok(MetricCatalog.MiaShadowAuc, pooled.Auc, pooled.AucCi, 0.5, breakdown) with { CiMethod = "delong" }
            : MetricResult.Skipped(MetricCatalog.MiaShadowAuc, "the shadow attack scored no members or no non-members");
        var at1 = pooled.At(0.01);
        var tpr = at1 is { } p1 && double.IsFinite(p1.Tpr)
            ? MetricResult.Ok(MetricCatalog.MiaShadowTprAt1PctFpr, p1.Tpr, p1.TprCi, 0.01,
                [new BreakdownEntry("sizes", p1.Positives + p1.Negatives, Note: note)]) with { CiMethod = "clopper-pearson" }
            : MetricResult.Skipped(MetricCatalog.MiaShadowTprAt1PctFpr, "the shadow attack scored no members");
        return [auc, tpr];
    }

    private static double? Finite(double v) => double.IsFinite(v) ? v : null;
}
