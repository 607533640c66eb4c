using System.CommandLine;
using SynthAudit.Auditing.Pipeline;
using SynthAudit.Auditing.Generation;
using SynthAudit.Cli.Infrastructure;
using SynthAudit.Core.IO;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit demo</c>: the whole story on the embedded Adult census data, from any directory, with no arguments.</summary>
internal static class DemoCommand
{
    public const string Target = "income-per-year";
    public static readonly string[] Sensitive = ["sex", "race"];

    public static Command Create(CliConsole console)
    {
        var outDir = new Option<string>("--out") { Description = "Folder for the demo data and reports.", DefaultValueFactory = _ => "./synthaudit-demo" };
        var command = new Command("demo", "Run the whole story on the embedded Adult census data (train/holdout split of UCI Adult).")
        {
            outDir,
        };
        command.SetAction(async (result, ct) =>
        {
            OutputLocation.CheckFolder(result.GetValue(outDir)!, "--out", "data", "audit.json");
            var dir = Path.GetFullPath(result.GetValue(outDir)!);
            var train = Extract("train.csv", Path.Combine(dir, "data", "adult-train.csv"));
            var holdout = Extract("holdout.csv", Path.Combine(dir, "data", "adult-holdout.csv"));
            var domain = Extract("domain.yml", Path.Combine(dir, "data", "adult-domain.yml"));
            console.Out.WriteLine("SynthAudit demo on UCI Adult (train " + train + ", holdout " + holdout + ")");

            var synthetic = Path.Combine(dir, "data", "synthetic-mst-eps1.csv");
            console.Out.WriteLine("Generating differentially private synthetic data with MST at epsilon = 1, delta = 1e-9 (OS randomness, public domain from the UCI code book)...");
            await CommandRuns.GenerateAsync(new GenerateRequest
            {
                RealPath = train,
                OutPath = synthetic,
                Epsilon = 1,
                Method = "mst",
                DomainPath = domain,
                NoLedger = true,
                CommandLine = "synthaudit demo",
            }, console, ct).ConfigureAwait(false);
            console.Out.WriteLine("Auditing it against train and holdout (target " + Target + ", sensitive " + string.Join(",", Sensitive) + ")...");

            var request = new AuditRequest
            {
                RealPath = train,
                SyntheticPath = synthetic,
                HoldoutPath = holdout,
                Target = Target,
                Sensitive = Sensitive,
                Seed = 0,
                DatasetName = "UCI Adult (demo)",
                CommandLine = "synthaudit demo",
            };
            return await CommandRuns.AuditAsync(request, dir, ReportFormats.Default, console, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static string Extract(string name, string path)
    {
        using var resource = typeof(DemoCommand).Assembly.GetManifestResourceStream("SynthAudit.Demo." + name)
            ?? throw new InvalidOperationException("The embedded demo data is missing: " + name);
        AtomicFile.Write(path, resource.CopyTo);
        return path;
    }
}
