namespace SynthAudit.Auditing.Ledger;

/// <summary>Where the ledger lives: <c>--ledger PATH</c>, or <c>~/.synthaudit/ledger.db</c> by default.</summary>
internal static class LedgerLocation
{
    /// <summary>The default ledger file in the user's profile folder.</summary>
    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".synthaudit", "ledger.db");

    /// <summary>The ledger to append to, or null with <c>--no-ledger</c>.</summary>
    public static string? Resolve(string? ledgerOption, bool noLedger) =>
        noLedger ? null : string.IsNullOrWhiteSpace(ledgerOption) ? DefaultPath : ledgerOption;
}
