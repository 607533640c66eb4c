using SynthAudit.Core.IO;
using SynthAudit.Core.Results;
using SynthAudit.Reports;

namespace SynthAudit.Auditing.Ledger;

/// <summary>The small API the commands use to keep the audit trail: check the ledger early, append one record at the end.</summary>
internal static class LedgerRecorder
{
    /// <summary>Appends <paramref name="entry"/> to the ledger at <paramref name="path"/> (the default ledger when null).</summary>
    /// <exception cref="Core.Errors.InputException">The file is not a usable ledger.</exception>
    public static Task<LedgerRecord> AppendAsync(LedgerEntry entry, string? path = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ct.ThrowIfCancellationRequested();

        // SQLite work is short and synchronous; the Task keeps the call site ready for an async store.
        using var store = LedgerStore.Open(path ?? LedgerLocation.DefaultPath, create: true);
        return Task.FromResult(store.Append(entry));
    }

    /// <summary>Appends <paramref name="entry"/> as the <c>--ledger</c>/<c>--no-ledger</c> options ask: to
    /// <paramref name="ledgerOption"/> (the default ledger when null), or nowhere with <paramref name="noLedger"/>.</summary>
    /// <returns>The stored record, or null with <c>--no-ledger</c>.</returns>
    /// <exception cref="Core.Errors.InputException">The file is not a usable ledger.</exception>
    public static async Task<LedgerRecord?> RecordAsync(LedgerEntry entry, string? ledgerOption, bool noLedger, CancellationToken ct = default) =>
        LedgerLocation.Resolve(ledgerOption, noLedger) is { } path ? await AppendAsync(entry, path, ct).ConfigureAwait(false) : null;

    /// <summary>Opens (and creates) the ledger so that a bad ledger file fails the run before any work is done.</summary>
    /// <exception cref="Core.Errors.InputException">The file is not a usable ledger.</exception>
    public static void EnsureUsable(string path)
    {
        using var store = LedgerStore.Open(path, create: true);
    }

    /// <summary>The family headlines of an audit as ledger results, each key prefixed with <paramref name="prefix"/>.</summary>
    public static IEnumerable<LedgerHeadline> Headlines(AuditResult result, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Summary.Families.Select(f => new LedgerHeadline(
            prefix + f.Family.ToString().ToLowerInvariant() + ":" + f.HeadlineMetricId, f.Value, f.Ci?.Low, f.Ci?.High));
    }

    /// <summary>The input files of an audit as ledger files; <paramref name="syntheticRole"/> renames the synthetic role.</summary>
    public static IEnumerable<LedgerFile> Inputs(AuditResult result, string? syntheticRole = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Inputs.Select(i => new LedgerFile(
            syntheticRole is not null && string.Equals(i.Role, "synthetic", StringComparison.Ordinal) ? syntheticRole : i.Role, i.Path, i.Sha256));
    }

    /// <summary>Written report files as ledger files.</summary>
    public static IEnumerable<LedgerFile> Outputs(IEnumerable<WrittenFile> files) =>
        files.Select(f => new LedgerFile(f.Format, f.Path, f.Sha256));

    /// <summary>The record of one audit.</summary>
    public static LedgerEntry ForAudit(AuditResult result, string? configPath, IEnumerable<WrittenFile> files) =>
        new(DateTimeOffset.UtcNow, ToolInfo.Current.Version, "audit", result.Seed, [.. Inputs(result)], [.. Headlines(result)], [.. Outputs(files)])
        {
            CommandLine = result.CommandLine,
            ConfigSha256 = configPath is null ? null : AtomicFile.Sha256(configPath),
        };
}
