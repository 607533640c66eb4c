using System.CommandLine;
using SynthAudit.Cli.Infrastructure;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit gate</c>.</summary>
internal static class GateCommand
{
    public static Command Create(CliConsole console)
    {
        _ = console;
        return new Command("gate", "Check an audit.json against a policy file; exit 1 when a gate fails.").WithPendingAction("gate");
    }
}
