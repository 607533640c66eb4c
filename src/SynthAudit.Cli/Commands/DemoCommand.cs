using System.CommandLine;
using SynthAudit.Cli.Auditing;
using SynthAudit.Cli.Infrastructure;
using SynthAudit.Core.Csv;
using SynthAudit.Core.IO;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Generation.Baselines;

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
            var dir = Path.GetFullPath(result.GetValue(outDir)!);
            var train = Extract("train.csv", Path.Combine(dir, "data", "adult-train.csv"));
            var holdout = Extract("holdout.csv", Path.Combine(dir, "data", "adult-holdout.csv"));
            console.Out.WriteLine("SynthAudit demo on UCI Adult (train " + train + ", holdout " + holdout + ")");

            var synthetic = Path.Combine(dir, "data", "synthetic-independent-marginals.csv");
            console.Out.WriteLine("Generating a NON-PRIVATE baseline: each column resampled independently (no DP guarantee).");
            var file = CsvTableReader.Read(train);
            var schema = SchemaInference.Infer(file).Schema;
            var table = TableAligner.ToTable(schema, file);
            var sample = IndependentMarginalsSampler.Sample(table, table.RowCount, new SeedSource(0).For("demo", "baseline"));
            CsvTableWriter.Write(sample, synthetic);

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
            return await AuditRun.ExecuteAsync(request, dir, ReportFormats.Default, console, ct).ConfigureAwait(false);
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
