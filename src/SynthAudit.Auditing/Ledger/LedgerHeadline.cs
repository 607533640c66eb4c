namespace SynthAudit.Auditing.Ledger;

/// <summary>One headline result in a ledger record, e.g. the fidelity family's <c>fidelity.quality_score</c>.</summary>
/// <param name="Key">What the number is: <c>family:metric id</c>, prefixed with <c>NAME/</c> in a comparison.</param>
/// <param name="Value">The value, or null when not evaluated.</param>
/// <param name="Low">The interval's lower end, if any.</param>
/// <param name="High">The interval's upper end, if any.</param>
internal sealed record LedgerHeadline(string Key, double? Value, double? Low, double? High);
