namespace SynthAudit.Auditing.Ledger;

/// <summary>A file named in a ledger record: its role, its path as given, and the SHA-256 of its bytes.</summary>
/// <param name="Role">real, synthetic, holdout, domain, report, ... (for compare: <c>synthetic:NAME</c>).</param>
/// <param name="Path">The path as given or written.</param>
/// <param name="Sha256">Lower-case hex SHA-256.</param>
internal sealed record LedgerFile(string Role, string Path, string Sha256);
