using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;

namespace SynthAudit.Auditing.Gating;

/// <summary>Checks an audit against a policy, comparing each bound with the metric's interval rather than its point estimate.</summary>
/// <remarks>docs/metrics.md section 6.3. For <c>min: τ</c>: PASS when the interval's low end is above τ, FAIL when its high end is at
/// or below τ, INCONCLUSIVE otherwise; for <c>max: τ</c>: PASS when the high end is below τ, FAIL when the low end is at or above
/// τ. A metric without an interval uses its value for both ends (and the line says so). An INCONCLUSIVE privacy gate counts as
/// a failure ("not shown to be safe"); an INCONCLUSIVE fidelity, utility or fairness gate passes with a warning; a gate's
/// <c>inconclusive: fail|pass</c> overrides either default.</remarks>
internal static class GateEvaluator
{
    /// <summary>Evaluates every rule of <paramref name="policy"/> on <paramref name="audit"/>.</summary>
    /// <exception cref="ConfigException">A gate names an unknown metric id, or a metric that was skipped in the audit.</exception>
    public static ImmutableArray<GateResult> Evaluate(GatePolicy policy, AuditResult audit, string auditPath)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(audit);
        var resamples = BootstrapResamples(audit);
        return [.. policy.Gates.Select(rule =>
        {
            var metric = Find(policy, rule, audit, auditPath);
            return resamples < AuditOptions.MinUsableBootstrapResamples && IsBootstrap(metric)
                ? Unusable(rule, metric, resamples.GetValueOrDefault())
                : Evaluate(rule, metric);
        })];
    }

    /// <summary>The audit's <c>settings.bootstrapResamples</c>, or null when it does not record one.</summary>
    internal static int? BootstrapResamples(AuditResult audit)
    {
        var setting = audit.Settings.FirstOrDefault(s => string.Equals(s.Key, "bootstrapResamples", StringComparison.Ordinal));
        return setting.Value is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>Whether the metric's interval comes from the bootstrap (or its method is not recorded, so it may).</summary>
    private static bool IsBootstrap(MetricResult metric) =>
        metric.Ci is not null && (metric.CiMethod is null || metric.CiMethod.Contains("bootstrap", StringComparison.OrdinalIgnoreCase));

    /// <summary>An INCONCLUSIVE gate whatever the interval says: too few resamples make a bootstrap interval meaningless,
    /// and a degenerate (zero-width) one would otherwise decide the gate.</summary>
    private static GateResult Unusable(GateRule rule, MetricResult metric, int resamples)
    {
        var value = metric.Value ?? throw new ArgumentException("the metric has no value", nameof(metric));
        var failInconclusive = rule.FailWhenInconclusive ?? metric.Metric.Family == MetricFamily.Privacy;
        var message = string.Create(CultureInfo.InvariantCulture,
            $"the interval comes from {resamples} bootstrap resample(s), fewer than the {AuditOptions.MinUsableBootstrapResamples} a usable interval needs; counted as {(failInconclusive ? "a failure" : "a pass with a warning")}; rerun the audit with --bootstrap {AuditOptions.MinUsableBootstrapResamples} or more (default 200)");
        return new GateResult(rule, metric.Metric.Family, value, metric.Ci?.Low ?? value, metric.Ci?.High ?? value, metric.Ci is not null,
            GateOutcome.Inconclusive, failInconclusive, message);
    }

    /// <summary>Evaluates one rule on one metric result (which must be ok).</summary>
    public static GateResult Evaluate(GateRule rule, MetricResult metric)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(metric);
        var value = metric.Value ?? throw new ArgumentException("the metric has no value", nameof(metric));
        var low = metric.Ci?.Low ?? value;
        var high = metric.Ci?.High ?? value;
        var tau = rule.Threshold;
        var outcome = rule.Bound == GateBound.Min
            ? low > tau ? GateOutcome.Pass : high <= tau ? GateOutcome.Fail : GateOutcome.Inconclusive
            : high < tau ? GateOutcome.Pass : low >= tau ? GateOutcome.Fail : GateOutcome.Inconclusive;
        var family = metric.Metric.Family;
        var failInconclusive = rule.FailWhenInconclusive ?? family == MetricFamily.Privacy;
        var counts = outcome == GateOutcome.Fail || (outcome == GateOutcome.Inconclusive && failInconclusive);
        var message = Message(rule, metric, value, low, high, outcome, failInconclusive);
        return new GateResult(rule, family, value, low, high, metric.Ci is not null, outcome, counts, message);
    }

    private static MetricResult Find(GatePolicy policy, GateRule rule, AuditResult audit, string auditPath)
    {
        var metric = audit.Find(rule.Metric);
        if (metric is null)
        {
            var problem = MetricIds.Optional.Contains(rule.Metric, StringComparer.Ordinal)
                ? "metric '" + rule.Metric + "' is not in " + auditPath + " (it needs 'audit --generator' or '--builtin')"
                : MetricIds.All.Contains(rule.Metric, StringComparer.Ordinal)
                ? "metric '" + rule.Metric + "' is not in " + auditPath + " (written by an older synthaudit?)"
                : "unknown metric id '" + rule.Metric + "' (ids look like fidelity.quality_score or privacy.mia_distance_auc; see the README)";
            throw new ConfigException(policy.Path, "metric", Line(rule) + problem);
        }

        if (metric.Status != MetricStatus.Ok || metric.Value is null)
        {
            throw new ConfigException(policy.Path, "metric", Line(rule) + "metric '" + rule.Metric + "' was skipped in " + auditPath +
                " (" + (metric.Reason ?? "no value") + "), so the gate cannot be checked; rerun the audit with the inputs it needs or remove the gate");
        }

        return metric;
    }

    private static string Line(GateRule rule) => string.Create(CultureInfo.InvariantCulture, $"line {rule.Line}: ");

    private static string Message(GateRule rule, MetricResult metric, double value, double low, double high, GateOutcome outcome, bool failInconclusive)
    {
        var side = rule.Bound == GateBound.Min ? "above" : "below";
        var interval = metric.Ci is null ? "the value (no interval)" : "the whole interval";
        var bound = Format(rule.Threshold);
        switch (outcome)
        {
            case GateOutcome.Pass:
                return $"{interval} is {side} {bound}";
            case GateOutcome.Fail:
                return $"{interval} is on the wrong side of {bound}";
        }

        var counted = failInconclusive
            ? (rule.FailWhenInconclusive is null ? "counted as a failure: a privacy gate must show the risk is below the bound (not shown to be safe)" : "counted as a failure (inconclusive: fail)")
            : (rule.FailWhenInconclusive is null ? "counted as a pass with a warning (" + metric.Metric.Family.ToString().ToLowerInvariant() + " gate)" : "counted as a pass with a warning (inconclusive: pass)");
        return $"{bound} lies inside the interval [{Format(low)}, {Format(high)}]; {counted}; {Hint(rule, metric, value, low, high)}";
    }

    /// <summary>What would tighten the interval: the interval width shrinks roughly as one over the square root of the sample size.</summary>
    private static string Hint(GateRule rule, MetricResult metric, double value, double low, double high)
    {
        var more = More(metric.Metric);
        var distance = rule.Bound == GateBound.Min ? value - rule.Threshold : rule.Threshold - value;
        var halfWidth = rule.Bound == GateBound.Min ? value - low : high - value;
        if (distance <= 0 || halfWidth <= 0)
        {
            return "the point estimate is not on the passing side of the bound, so more data will more likely confirm a FAIL than give a PASS";
        }

        var factor = Math.Pow(halfWidth / distance, 2);
        return string.Create(CultureInfo.InvariantCulture,
            $"to settle it, use about {factor:0.#}x as many {more} (interval width shrinks as 1/sqrt(n))");
    }

    private static string More(MetricDescriptor metric) => metric.Id switch
    {
        MetricIds.SinglingOutRisk or MetricIds.LinkabilityRisk or MetricIds.InferenceRisk => "attacks (and holdout rows to draw control targets from)",
        MetricIds.MiaDistanceAuc or MetricIds.MiaDensityAuc or MetricIds.DcrShare => "holdout rows (and as many train rows as members)",
        MetricIds.ExactMatchRate or MetricIds.Nndr => "synthetic rows",
        _ => metric.Family switch
        {
            MetricFamily.Utility => "holdout rows",
            MetricFamily.Fairness => "rows in each protected group",
            _ => "real and synthetic rows",
        },
    };

    /// <summary>A number as printed in gate lines.</summary>
    public static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
