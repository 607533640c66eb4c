using System.Collections.Immutable;
using SynthAudit.Auditing.Gating;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Core.Results.Compliance;

namespace SynthAudit.Auditing.Compliance;

/// <summary>Builds the <see cref="ReviewContext"/> of an audit: each threshold of the cited policy evaluated like a gate
/// (PASS, FAIL or INCONCLUSIVE on the 95% interval), or "not evaluated" when its metric did not run, with its source.</summary>
internal static class ReviewBuilder
{
    /// <summary>The review context of <paramref name="result"/>.</summary>
    public static ReviewContext Build(ReviewRequest request, (GatePolicy Policy, string Sha256, string Location)? pack, AuditResult result)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        if (pack is not { } p)
        {
            return new ReviewContext(request.Profile, null, null, null, [], request.Decision);
        }

        var thresholds = ImmutableArray.CreateBuilder<PolicyThreshold>();
        foreach (var rule in p.Policy.Gates)
        {
            var metric = result.Find(rule.Metric);
            var bound = rule.Bound == GateBound.Min ? "min" : "max";
            var source = rule.Source ?? "not given in the policy file";
            var rationale = rule.Rationale ?? "not given in the policy file";
            if (metric is not { Status: MetricStatus.Ok, Value: not null })
            {
                thresholds.Add(new PolicyThreshold(rule.Metric, bound, rule.Threshold, source, rationale, "not evaluated", null, null));
                continue;
            }

            var gate = GateEvaluator.Evaluate(rule, metric);
            var outcome = GateText.Outcome(gate.Outcome);
            thresholds.Add(new PolicyThreshold(rule.Metric, bound, rule.Threshold, source, rationale, outcome, metric.Value, metric.Ci));
        }

        return new ReviewContext(request.Profile, p.Policy.Name ?? Path.GetFileNameWithoutExtension(p.Policy.Path), p.Location, p.Sha256,
            thresholds.ToImmutable(), request.Decision);
    }
}
