using SynthAudit.Cli;
using SynthAudit.Core.Results;
using SynthAudit.Reports.Json;

namespace SynthAudit.Auditing.Tests;

/// <summary>Runs <c>synthaudit audit</c> in-process and reads back the audit.json it wrote.</summary>
internal static class CliAudit
{
    public static async Task<AuditResult> RunAsync(string real, string synthetic, string? holdout, string outDir, params string[] extra)
    {
        string[] args = ["audit", "--real", real, "--synthetic", synthetic, "--format", "json", "--out", outDir, "--no-ledger", .. extra];
        if (holdout is not null)
        {
            args = [.. args, "--holdout", holdout];
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SynthAuditCli.RunAsync(args, output, error);
        Assert.True(exit == 0, "synthaudit audit exited " + exit + ": " + error);
        return AuditJsonReader.Read(Path.Combine(outDir, "audit.json"));
    }
}
