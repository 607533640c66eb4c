using System.CommandLine;
using SynthAudit.Cli.Infrastructure;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit domain</c>.</summary>
internal static class DomainCommand
{
    public static Command Create(CliConsole console)
    {
        _ = console;
        return new Command("domain", "Draft a domain file (bounds, bins, categories) for generate.").WithPendingAction("domain");
    }
}
