namespace SynthAudit.Cli.Tests.Cli;

/// <summary>Runs the CLI in-process and captures exit code, stdout and stderr.</summary>
public static class CliRunner
{
    public static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SynthAuditCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
