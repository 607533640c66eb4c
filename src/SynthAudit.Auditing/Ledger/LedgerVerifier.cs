using System.Globalization;
using System.Text.Json;

namespace SynthAudit.Auditing.Ledger;

/// <summary>Walks a ledger's hash chain and reports the first record that was altered, or that follows a removed one.</summary>
/// <remarks>For each record in sequence order: its payload must be canonical (re-serialising the parsed entry gives the same
/// text), its stored hash must equal the hash recomputed from sequence, previous hash and payload, its sequence must follow
/// the previous one without a gap, and its previous hash must equal the previous record's hash. A removed last record cannot
/// be seen from inside the file; compare the head hash with one kept elsewhere for that.</remarks>
internal static class LedgerVerifier
{
    /// <summary>Checks <paramref name="records"/> (in sequence order).</summary>
    public static LedgerVerification Verify(IReadOnlyList<LedgerRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var previousHash = LedgerCanonicalForm.Genesis;
        long previousSequence = 0;
        foreach (var record in records)
        {
            var problem = Check(record, previousSequence, previousHash);
            if (problem is not null)
            {
                return new LedgerVerification(records.Count, records[^1].Hash, record.Sequence, problem);
            }

            previousSequence = record.Sequence;
            previousHash = record.Hash;
        }

        return new LedgerVerification(records.Count, previousHash, null, null);
    }

    private static string? Check(LedgerRecord record, long previousSequence, string previousHash)
    {
        string canonical;
        try
        {
            canonical = LedgerCanonicalForm.Serialize(LedgerCanonicalForm.Parse(record.Payload));
        }
        catch (JsonException)
        {
            return "its content is not a ledger entry (altered)";
        }

        if (!string.Equals(canonical, record.Payload, StringComparison.Ordinal))
        {
            return "its content is not in canonical form (altered)";
        }

        if (!string.Equals(LedgerCanonicalForm.Hash(record.Sequence, record.PreviousHash, record.Payload), record.Hash, StringComparison.Ordinal))
        {
            return "its content does not match its hash (altered)";
        }

        if (record.Sequence != previousSequence + 1)
        {
            return record.Sequence > previousSequence + 1
                ? string.Create(CultureInfo.InvariantCulture, $"record(s) #{previousSequence + 1}..#{record.Sequence - 1} before it are missing (removed)")
                : string.Create(CultureInfo.InvariantCulture, $"its sequence number does not follow #{previousSequence} (altered)");
        }

        if (!string.Equals(record.PreviousHash, previousHash, StringComparison.Ordinal))
        {
            return previousSequence == 0
                ? "it is the first record but does not start the chain (records before it were removed)"
                : string.Create(CultureInfo.InvariantCulture, $"it does not chain onto record #{previousSequence} (that record was altered or replaced)");
        }

        return null;
    }
}
