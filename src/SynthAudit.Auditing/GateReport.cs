using System.Collections.Immutable;
using SynthAudit.Auditing.Gating;

namespace SynthAudit.Auditing;

/// <summary>The outcome of checking an audit against a policy file: one result per bound, and the overall verdict.</summary>
/// <param name="Gates">One result per bound of the policy, in file order.</param>
public sealed record GateReport(ImmutableArray<GateResult> Gates)
{
    /// <summary>Whether no gate counts as a failure (what <c>synthaudit gate</c> turns into exit code 0).</summary>
    public bool Passed => Gates.All(g => !g.CountsAsFailure);
}
