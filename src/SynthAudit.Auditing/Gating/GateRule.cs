namespace SynthAudit.Auditing.Gating;

/// <summary>One gate of a policy file: a metric, a bound and, optionally, how to count an inconclusive outcome.</summary>
/// <param name="Metric">The metric id, e.g. <c>privacy.mia_distance_auc</c>.</param>
/// <param name="Bound">min or max.</param>
/// <param name="Threshold">The bound's value.</param>
/// <param name="FailWhenInconclusive">The <c>inconclusive: fail|pass</c> override, or null for the family default
/// (privacy fails, the other families pass with a warning).</param>
/// <param name="Line">The 1-based line of the gate in the policy file.</param>
public sealed record GateRule(string Metric, GateBound Bound, double Threshold, bool? FailWhenInconclusive, long Line)
{
    /// <summary>Where the threshold comes from (document and section, or the convention it follows), if the policy says.</summary>
    public string? Source { get; init; }

    /// <summary>One sentence on why this number, if the policy says.</summary>
    public string? Rationale { get; init; }
}
