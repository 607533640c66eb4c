using System.CommandLine;
using SynthAudit.Core.Errors;

namespace SynthAudit.Cli.Commands;

/// <summary>Makes a contract command whose capability is not finished say so in one line with exit code 2.</summary>
internal static class PendingCommand
{
    public static Command WithPendingAction(this Command command, string capability)
    {
        command.SetAction((Func<ParseResult, int>)(_ => throw new NotAvailableException(capability)));
        return command;
    }
}
