using System.CommandLine;
using SynthAudit.Cli.Infrastructure;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit ledger</c>.</summary>
internal static class LedgerCommand
{
    public static Command Create(CliConsole console)
    {
        _ = console;
        return new Command("ledger", "List or verify the audit-trail ledger.").WithPendingAction("ledger");
    }
}
