using System.Globalization;
using System.Text;

namespace SynthAudit.Auditing.Gating;

/// <summary>The plain-text and Markdown forms of gate results (stdout lines, JUnit names, the GitHub step summary).</summary>
internal static class GateText
{
    /// <summary>PASS, FAIL or INCONCLUSIVE.</summary>
    public static string Outcome(GateOutcome outcome) => outcome switch
    {
        GateOutcome.Pass => "PASS",
        GateOutcome.Fail => "FAIL",
        _ => "INCONCLUSIVE",
    };

    /// <summary>The gate's name: metric and bound, e.g. <c>privacy.mia_distance_auc max 0.6</c>.</summary>
    public static string Name(GateRule rule) => rule.Metric + " " + Bound(rule);

    /// <summary>The bound, e.g. <c>min 0.8</c>.</summary>
    public static string Bound(GateRule rule) => (rule.Bound == GateBound.Min ? "min " : "max ") + GateEvaluator.Format(rule.Threshold);

    /// <summary>The interval as printed, with a note when the metric has none.</summary>
    public static string Interval(GateResult r) => r.HasInterval
        ? "CI [" + GateEvaluator.Format(r.Low) + ", " + GateEvaluator.Format(r.High) + "]"
        : "no CI (value used for both ends)";

    /// <summary>The one stdout line of a gate.</summary>
    public static string Line(GateResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{Outcome(r.Outcome),-12} {r.Rule.Metric,-36} value {GateEvaluator.Format(r.Value),-7} {Interval(r),-26} {Bound(r.Rule),-10} {Counted(r)}{r.Message}");

    /// <summary>The Markdown summary appended to <c>GITHUB_STEP_SUMMARY</c>.</summary>
    public static string Markdown(IReadOnlyList<GateResult> results, string auditPath)
    {
        ArgumentNullException.ThrowIfNull(results);
        var failed = results.Count(r => r.CountsAsFailure);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"### synthaudit gate: {(failed == 0 ? "passed" : "FAILED")} ({results.Count - failed} of {results.Count} gates passed) for `{Escape(auditPath)}`").Append('\n');
        sb.Append('\n');
        sb.Append("| Result | Metric | Value | 95% CI | Bound | Why |\n");
        sb.Append("| --- | --- | ---: | --- | --- | --- |\n");
        foreach (var r in results)
        {
            var result = r.Outcome switch
            {
                GateOutcome.Pass => "PASS",
                GateOutcome.Fail => "**FAIL**",
                _ => r.CountsAsFailure ? "**INCONCLUSIVE (fail)**" : "INCONCLUSIVE (warning)",
            };
            var ci = r.HasInterval ? "[" + GateEvaluator.Format(r.Low) + ", " + GateEvaluator.Format(r.High) + "]" : "none";
            sb.Append(CultureInfo.InvariantCulture,
                $"| {result} | `{r.Rule.Metric}` | {GateEvaluator.Format(r.Value)} | {ci} | {Bound(r.Rule)} | {Escape(r.Message)} |").Append('\n');
        }

        sb.Append('\n');
        return sb.ToString();
    }

    private static string Counted(GateResult r) =>
        r.Outcome != GateOutcome.Inconclusive ? string.Empty : r.CountsAsFailure ? "(counts as FAIL) " : "(warning) ";

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
