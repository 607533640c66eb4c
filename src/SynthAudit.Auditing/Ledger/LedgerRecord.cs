namespace SynthAudit.Auditing.Ledger;

/// <summary>One stored ledger record: its sequence number, canonical payload and place in the hash chain.</summary>
/// <param name="Sequence">1-based position in the ledger.</param>
/// <param name="Payload">The canonical JSON of the entry (see <see cref="LedgerCanonicalForm"/>).</param>
/// <param name="PreviousHash">The hash of the record before it (64 zeros for the first).</param>
/// <param name="Hash">SHA-256 over sequence, previous hash and payload.</param>
internal sealed record LedgerRecord(long Sequence, string Payload, string PreviousHash, string Hash);
