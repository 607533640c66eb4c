using System.CommandLine;
using SynthAudit.Cli.Infrastructure;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit compare</c>.</summary>
internal static class CompareCommand
{
    public static Command Create(CliConsole console)
    {
        _ = console;
        return new Command("compare", "Audit several synthetic sets against the same real data, side by side.").WithPendingAction("compare");
    }
}
