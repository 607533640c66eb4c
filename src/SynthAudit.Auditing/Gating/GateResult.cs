using SynthAudit.Core.Metrics;

namespace SynthAudit.Auditing.Gating;

/// <summary>One evaluated gate.</summary>
/// <param name="Rule">The rule from the policy.</param>
/// <param name="Family">The metric's family.</param>
/// <param name="Value">The metric's value.</param>
/// <param name="Low">The conservative lower end (the interval's, or the value when there is no interval).</param>
/// <param name="High">The conservative upper end.</param>
/// <param name="HasInterval">Whether the metric had an interval; without one the value is used for both ends.</param>
/// <param name="Outcome">PASS, FAIL or INCONCLUSIVE.</param>
/// <param name="CountsAsFailure">Whether this gate makes the run fail (FAIL, or INCONCLUSIVE counted as failure).</param>
/// <param name="Message">One sentence on why, with a hint for INCONCLUSIVE outcomes.</param>
public sealed record GateResult(GateRule Rule, MetricFamily Family, double Value, double Low, double High, bool HasInterval,
    GateOutcome Outcome, bool CountsAsFailure, string Message);
