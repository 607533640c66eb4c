using SynthAudit.Core.Metrics;

namespace SynthAudit.Core.Results.Compliance;

/// <summary>One threshold of the policy pack applied to the audit, with where it comes from and how the audit fared.</summary>
/// <param name="MetricId">The metric the threshold bounds.</param>
/// <param name="Bound">min or max.</param>
/// <param name="Threshold">The bound's value.</param>
/// <param name="Source">The document (and section) the threshold comes from, or the convention it follows.</param>
/// <param name="Rationale">One sentence on why this number.</param>
/// <param name="Outcome">PASS, FAIL, INCONCLUSIVE, or "not evaluated" when the metric did not run.</param>
/// <param name="Value">The metric's value, when evaluated.</param>
/// <param name="Ci">Its interval, when it has one.</param>
public sealed record PolicyThreshold(string MetricId, string Bound, double Threshold, string Source, string Rationale, string Outcome,
    double? Value, ConfidenceInterval? Ci);
