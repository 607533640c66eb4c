using System.CommandLine;
using System.Globalization;
using SynthAudit.Cli.Infrastructure;
using SynthAudit.Auditing.Ledger;
using SynthAudit.Core.Errors;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit ledger list|verify</c>: show the audit trail, or check that no record was altered or removed.</summary>
internal static class LedgerCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("ledger", "List or verify the audit-trail ledger (every audit, compare and generate run, hash-chained).");
        command.Subcommands.Add(List(console));
        command.Subcommands.Add(Verify(console));
        return command;
    }

    private static Command List(CliConsole console)
    {
        var ledger = LedgerOption();
        var command = new Command("list", "Print one line per ledger record: time, command, inputs, headline results, hash.")
        {
            ledger,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(ledger) ?? LedgerLocation.DefaultPath;
            using var store = LedgerStore.Open(path, create: false);
            var records = store.ReadAll();
            foreach (var record in records)
            {
                console.Out.WriteLine(LedgerListing.Line(record));
            }

            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"synthaudit: {records.Count} record(s) in {path}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Verify(CliConsole console)
    {
        var ledger = LedgerOption();
        var command = new Command("verify", "Check the hash chain; exit 1 naming the first record that was altered or follows a removed one.")
        {
            ledger,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(ledger) ?? LedgerLocation.DefaultPath;
            using var store = LedgerStore.Open(path, create: false);
            var verification = LedgerVerifier.Verify(store.ReadAll());
            if (verification.IsIntact)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"ledger intact: {verification.RecordCount} record(s), head {verification.HeadHash} ({path})"));
                return ExitCodes.Success;
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ledger BROKEN at record #{verification.BrokenSequence}: {verification.Problem} ({path})"));
            return ExitCodes.GateFailed;
        });
        return command;
    }

    private static Option<string?> LedgerOption() => new("--ledger")
    {
        Description = "The ledger file (SQLite). Default: ~/.synthaudit/ledger.db.",
    };
}
