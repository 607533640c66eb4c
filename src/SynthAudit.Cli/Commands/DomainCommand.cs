using System.CommandLine;
using System.Globalization;
using System.Text;
using SynthAudit.Auditing.Generation;
using SynthAudit.Auditing.IO;
using SynthAudit.Cli.Infrastructure;
using SynthAudit.Core.Csv;
using SynthAudit.Core.IO;
using SynthAudit.Generation.Domain;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit domain</c>: drafts a domain file from the data (NOT private; to be reviewed).</summary>
internal static class DomainCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Option<string>("--input") { Description = "The CSV or Parquet file to draft the domain from.", Required = true };
        var output = new Option<string>("--out") { Description = "The YAML domain file to write.", Required = true };
        var command = new Command("domain", "Draft a domain file (bounds, bins, categories) for generate.") { input, output };
        command.SetAction(result =>
        {
            var path = result.GetValue(input)!;
            OutputLocation.CheckFile(result.GetValue(output)!, "--out");
            var file = TableFiles.Read(path);
            var domain = DomainDrafter.Draft(file);
            var text = DomainFile.Write(domain, Path.GetFileName(path));
            AtomicFile.Write(result.GetValue(output)!, s => s.Write(new UTF8Encoding(false).GetBytes(text)));
            console.Warn(DomainFile.DraftWarning);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"domain: {domain.Columns.Length} columns drafted in {result.GetValue(output)} (review before use)"));
            return 0;
        });
        return command;
    }
}
