using System.CommandLine;
using SynthAudit.Auditing.Generation;
using SynthAudit.Cli.Infrastructure;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit generate</c>: differentially private synthetic data with MST or AIM.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        var real = new Option<string>("--real") { Description = "The private training data (CSV, or Parquet for .parquet).", Required = true };
        var epsilon = new Option<double>("--epsilon") { Description = "The epsilon of the (epsilon, delta)-DP guarantee, > 0.", Required = true };
        var delta = new Option<double?>("--delta") { Description = "The delta of the guarantee, in (0, 0.001); default 1e-9." };
        var method = new Option<string>("--method") { Description = "mst (default) or aim.", DefaultValueFactory = _ => "mst" };
        var domain = new Option<string?>("--domain") { Description = "The public domain file (YAML; draft one with 'synthaudit domain')." };
        var rows = new Option<int?>("--rows") { Description = "Rows to write (public); default the noisy estimate of the row count." };
        var seed = new Option<long?>("--seed") { Description = "Seed for a reproducible run. A seeded run is NOT private (testing only)." };
        var output = new Option<string>("--out") { Description = "The synthetic file to write, CSV or Parquet by extension (plus OUT.dp.json).", Required = true };
        var ledger = CliOptions.Ledger();
        var noLedger = CliOptions.NoLedger();
        var command = new Command("generate", "Generate differentially private synthetic data (MST or AIM).")
        {
            real, epsilon, delta, method, domain, rows, seed, output, ledger, noLedger,
        };
        command.SetAction(async (result, ct) =>
        {
            var request = new GenerateRequest
            {
                RealPath = result.GetValue(real)!,
                OutPath = result.GetValue(output)!,
                Epsilon = result.GetValue(epsilon),
                Delta = result.GetValue(delta),
                Method = result.GetValue(method)!,
                DomainPath = result.GetValue(domain),
                Rows = result.GetValue(rows),
                Seed = result.GetValue(seed),
                LedgerOption = result.GetValue(ledger),
                NoLedger = result.GetValue(noLedger),
                CommandLine = "synthaudit " + string.Join(' ', result.Tokens.Select(t => t.Value)),
            };
            await CommandRuns.GenerateAsync(request, console, ct).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
