namespace SynthAudit.Core.Results.Compliance;

/// <summary>One entry of the identifier scan: a column (or, for a checklist item no column matched, none) judged against one
/// HIPAA Safe Harbor identifier, with the evidence in words.</summary>
/// <param name="Column">The column, or null for an item no column matched.</param>
/// <param name="Item">The Safe Harbor item, e.g. <c>(B) geographic subdivisions smaller than a state</c>.</param>
/// <param name="Status">pass, needs-review or fail.</param>
/// <param name="Evidence">The pattern or name rule that matched and the share of matching values; never a value.</param>
public sealed record IdentifierFinding(string? Column, string Item, IdentifierStatus Status, string Evidence)
{
    /// <summary>Whether a synthetic column copies this identifier's real values verbatim (the worst case: a real person's
    /// identifier is published).</summary>
    public bool Critical { get; init; }

    /// <summary>Which input showed it: real, synthetic or both (null for an item-level entry).</summary>
    public string? Table { get; init; }
}
