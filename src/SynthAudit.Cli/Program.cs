namespace SynthAudit.Cli;

/// <summary>The <c>synthaudit</c> entry point.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns the contract's exit code.</summary>
    public static Task<int> Main(string[] args) => SynthAuditCli.RunAsync(args, Console.Out, Console.Error);
}
