using System.CommandLine;
using System.Globalization;
using SynthAudit.Cli.Infrastructure;
using SynthAudit.Core.Csv;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit split</c>: a seeded, deterministic train/holdout split.</summary>
internal static class SplitCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Option<string>("--input") { Description = "The CSV file to split.", Required = true };
        var fraction = new Option<double>("--train-fraction") { Description = "Share of rows that go to train.csv, in (0, 1).", Required = true };
        var seed = CliOptions.Seed();
        seed.Required = true;
        var outDir = new Option<string>("--out-dir") { Description = "Folder for train.csv and holdout.csv.", Required = true };
        var stratify = new Option<string?>("--stratify") { Description = "Keep the shares of this column's values equal in both parts." };
        var command = new Command("split", "Split a CSV file into train.csv and holdout.csv by a seeded shuffle.")
        {
            input, fraction, seed, outDir, stratify,
        };
        command.SetAction(result =>
        {
            var counts = CsvSplitter.Split(result.GetValue(input)!, result.GetValue(fraction), result.GetValue(seed),
                result.GetValue(outDir)!, result.GetValue(stratify));
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"train.csv: {counts.TrainRows} rows, holdout.csv: {counts.HoldoutRows} rows, in {result.GetValue(outDir)}"));
            return 0;
        });
        return command;
    }
}
