namespace SynthAudit.Auditing.Ledger;

/// <summary>The outcome of checking a ledger's hash chain.</summary>
/// <param name="RecordCount">Records read.</param>
/// <param name="HeadHash">The hash of the last record (64 zeros for an empty ledger); keep it elsewhere to detect a cut tail.</param>
/// <param name="BrokenSequence">The first record that fails, or null when the chain is intact.</param>
/// <param name="Problem">What is wrong with it, or null.</param>
internal sealed record LedgerVerification(int RecordCount, string HeadHash, long? BrokenSequence, string? Problem)
{
    /// <summary>Whether every record is unaltered and none is missing.</summary>
    public bool IsIntact => BrokenSequence is null;
}
