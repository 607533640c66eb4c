using System.CommandLine;
using SynthAudit.Cli.Infrastructure;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit demo</c>.</summary>
internal static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        _ = console;
        return new Command("demo", "Run the whole story on the embedded Adult census data.").WithPendingAction("demo");
    }
}
