using System.CommandLine;
using SynthAudit.Cli.Commands;
using SynthAudit.Cli.Infrastructure;
using SynthAudit.Core.Errors;

namespace SynthAudit.Cli;

/// <summary>Builds the command tree of the contract and maps every outcome to its exit code (the only place that does).</summary>
public static class SynthAuditCli
{
    /// <summary>Parses and runs <paramref name="args"/>, writing results to <paramref name="output"/> and messages to <paramref name="error"/>.</summary>
    /// <returns>0 success; 1 a gate failed; 2 bad usage or input; 3 internal error.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var console = new CliConsole(output, error);
        var root = BuildRootCommand(console);
        var parse = root.Parse(args);
        var problem = parse.Errors.Count > 0 ? ParseErrorText.Rewrite(parse.Errors[0].Message) : ParseErrorText.DecimalComma(parse.CommandResult);
        if (problem is not null)
        {
            // One line: the first error, in the user's terms, and where to read the usage.
            var command = parse.CommandResult.Command is RootCommand ? "synthaudit" : "synthaudit " + string.Join(' ', CommandPath(parse.CommandResult));
            error.WriteLine("synthaudit: " + problem + " (see '" + command + " --help')");
            return ExitCodes.BadInput;
        }

        var verbose = parse.GetValue(CliOptions.Verbose);
        console.Quiet = parse.GetValue(CliOptions.Quiet);
        try
        {
            var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            var exit = await parse.InvokeAsync(config, ct).ConfigureAwait(false);
            console.EndProgress();
            return exit;
        }
        catch (SynthAuditException ex)
        {
            console.EndProgress();
            error.WriteLine("synthaudit: " + ex.Message);
            if (verbose)
            {
                error.WriteLine(ex.ToString());
            }

            return ex.ExitCode;
        }
        catch (OperationCanceledException)
        {
            console.EndProgress();
            error.WriteLine("synthaudit: cancelled");
            return ExitCodes.InternalError;
        }
        catch (Exception ex)
        {
            console.EndProgress();
            error.WriteLine("synthaudit: internal error: " + ex.GetType().Name + ": " + OneLine(ex.Message) +
                (verbose ? string.Empty : " (rerun with --verbose for the trace)"));
            if (verbose)
            {
                error.WriteLine(ex.ToString());
            }

            return ExitCodes.InternalError;
        }
    }

    /// <summary>Builds the root command with every command of the contract.</summary>
    internal static RootCommand BuildRootCommand(CliConsole console)
    {
        var root = new RootCommand("synthaudit: audit synthetic tabular data for fidelity, utility, fairness and privacy, and generate differentially private synthetic data.")
        {
            CliOptions.Verbose,
            CliOptions.Quiet,
        };
        root.Subcommands.Add(AuditCommand.Create(console));
        root.Subcommands.Add(CompareCommand.Create(console));
        root.Subcommands.Add(GenerateCommand.Create(console));
        root.Subcommands.Add(AttackCommand.Create(console));
        root.Subcommands.Add(DomainCommand.Create(console));
        root.Subcommands.Add(GateCommand.Create(console));
        root.Subcommands.Add(SplitCommand.Create(console));
        root.Subcommands.Add(DemoCommand.Create(console));
        root.Subcommands.Add(LedgerCommand.Create(console));
        return root;
    }

    private static IEnumerable<string> CommandPath(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new Stack<string>();
        for (System.CommandLine.Parsing.SymbolResult? r = result; r is System.CommandLine.Parsing.CommandResult c && c.Command is not RootCommand; r = r.Parent)
        {
            names.Push(c.Command.Name);
        }

        return names;
    }

    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');
}
