using System.CommandLine;
using SynthAudit.Cli.Infrastructure;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit generate</c>.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        _ = console;
        return new Command("generate", "Generate differentially private synthetic data (MST or AIM).").WithPendingAction("generate");
    }
}
