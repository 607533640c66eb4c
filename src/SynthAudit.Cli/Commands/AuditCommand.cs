using System.CommandLine;
using SynthAudit.Cli.Infrastructure;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit audit</c>.</summary>
internal static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        _ = console;
        return new Command("audit", "Audit a synthetic CSV against the real data it was trained on.").WithPendingAction("audit");
    }
}
