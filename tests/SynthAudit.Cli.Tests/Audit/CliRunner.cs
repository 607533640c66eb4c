namespace SynthAudit.Cli.Tests.Audit;

/// <summary>Runs the CLI in-process and captures its exit code, stdout and stderr.</summary>
internal static class CliRunner
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SynthAuditCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
