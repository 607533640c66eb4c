using System.Collections.Immutable;

namespace SynthAudit.Auditing.Gating;

/// <summary>A parsed policy file (docs/contract.md, policy.yml): the gates in file order.</summary>
/// <param name="Path">The policy file.</param>
/// <param name="Gates">One rule per bound (a gate with both min and max gives two rules).</param>
internal sealed record GatePolicy(string Path, ImmutableArray<GateRule> Gates)
{
    /// <summary>The policy's name (<c>name:</c>), if given.</summary>
    public string? Name { get; init; }

    /// <summary>What the policy is for (<c>description:</c>), if given.</summary>
    public string? Description { get; init; }
}
