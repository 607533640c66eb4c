using SynthAudit.Core.Results.Compliance;

namespace SynthAudit.Metrics.Privacy.Identifiers;

/// <summary>What one rule found in one column of one table.</summary>
/// <param name="Item">The Safe Harbor item letter.</param>
/// <param name="Status">The outcome.</param>
/// <param name="Evidence">The rule and the share of matching values, in words.</param>
/// <param name="Direct">Whether the values identify a person on their own, so that a verbatim copy in the synthetic data is
/// critical (names, contact details, numbers, addresses); quasi-identifiers such as a ZIP code or a birth date are not.</param>
internal sealed record ColumnHit(char Item, IdentifierStatus Status, string Evidence, bool Direct);
