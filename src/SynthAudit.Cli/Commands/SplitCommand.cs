using System.CommandLine;
using System.Globalization;
using SynthAudit.Cli.Infrastructure;
using SynthAudit.Auditing.IO;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit split</c>: a seeded, deterministic train/holdout split.</summary>
internal static class SplitCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Option<string>("--input") { Description = "The CSV or Parquet file to split.", Required = true };
        var fraction = new Option<double>("--train-fraction") { Description = "Share of rows that go to train.csv, in (0, 1).", Required = true };
        var seed = new Option<long>("--seed")
        {
            Description = "Seed of the shuffle (default 0); the same file, fraction and seed give the same split.",
            DefaultValueFactory = _ => 0,
        };
        var outDir = new Option<string>("--out-dir") { Description = "Folder for train.csv and holdout.csv (train.parquet and holdout.parquet for a Parquet input).", Required = true };
        var stratify = new Option<string?>("--stratify") { Description = "Keep the shares of this column's values equal in both parts." };
        var command = new Command("split", "Split a CSV or Parquet file into train and holdout files by a seeded shuffle.")
        {
            input, fraction, seed, outDir, stratify,
        };
        command.SetAction(result =>
        {
            var (counts, trainFile, holdoutFile) = TableSplitter.Split(result.GetValue(input)!, result.GetValue(fraction), result.GetValue(seed),
                result.GetValue(outDir)!, result.GetValue(stratify));
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{trainFile}: {counts.TrainRows} rows, {holdoutFile}: {counts.HoldoutRows} rows, in {result.GetValue(outDir)}"));
            return 0;
        });
        return command;
    }
}
