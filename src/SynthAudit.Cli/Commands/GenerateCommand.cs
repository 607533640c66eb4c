using System.CommandLine;
using System.Globalization;
using SynthAudit.Cli.Generation;
using SynthAudit.Cli.Infrastructure;
using SynthAudit.Cli.Ledger;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Errors;
using SynthAudit.Core.IO;
using SynthAudit.Core.Provenance;
using SynthAudit.Generation;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Privacy;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit generate</c>: differentially private synthetic data with MST (AIM pending).</summary>
internal static class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        var real = new Option<string>("--real") { Description = "The private training CSV.", Required = true };
        var epsilon = new Option<double>("--epsilon") { Description = "The epsilon of the (epsilon, delta)-DP guarantee, > 0.", Required = true };
        var delta = new Option<double?>("--delta") { Description = "The delta of the guarantee, in (0, 0.001); default 1e-9." };
        var method = new Option<string>("--method") { Description = "mst (default) or aim.", DefaultValueFactory = _ => "mst" };
        var domain = new Option<string?>("--domain") { Description = "The public domain file (YAML; draft one with 'synthaudit domain')." };
        var rows = new Option<int?>("--rows") { Description = "Rows to write (public); default the noisy estimate of the row count." };
        var seed = new Option<long?>("--seed") { Description = "Seed for a reproducible run. A seeded run is NOT private (testing only)." };
        var output = new Option<string>("--out") { Description = "The synthetic CSV to write (plus OUT.dp.json).", Required = true };
        var ledger = CliOptions.Ledger();
        var noLedger = CliOptions.NoLedger();
        var command = new Command("generate", "Generate differentially private synthetic data (MST or AIM).")
        {
            real, epsilon, delta, method, domain, rows, seed, output, ledger, noLedger,
        };
        command.SetAction(async (result, ct) =>
        {
            // Every check below runs before any budget is spent.
            var budget = Budget(result.GetValue(epsilon), result.GetValue(delta) ?? PrivacyBudget.DefaultDelta);
            var methodName = result.GetValue(method)!;
            ISyntheticGenerator generator = methodName switch
            {
                "mst" => new MstGenerator(),
                "aim" => new AimGenerator(),
                _ => throw new ConfigException(null, "--method", "must be mst or aim"),
            };
            var rowCount = result.GetValue(rows);
            if (rowCount is { } n && (n < 1 || n > GenerationOptions.MaxRows))
            {
                throw new ConfigException(null, "--rows", "must be between 1 and 10,000,000");
            }

            if (rowCount is { } bound && !budget.CheckAgainstRowBound(bound))
            {
                throw new ConfigException(null, "--delta", "must be below 1/rows");
            }

            var ledgerPath = LedgerLocation.Resolve(result.GetValue(ledger), result.GetValue(noLedger));
            if (ledgerPath is not null)
            {
                // A bad ledger file fails the run before any budget is spent or any file is written.
                LedgerRecorder.EnsureUsable(ledgerPath);
            }

            var domainPath = result.GetValue(domain);
            var spec = domainPath is null ? null : DomainFile.Read(domainPath);
            var file = CsvTableReader.Read(result.GetValue(real)!);
            if (spec is not null)
            {
                DomainEncoder.CheckColumns(file, spec);
            }
            else
            {
                console.Warn("no --domain: learning the domain privately with 10% of the budget (a reviewed public domain file gives better data)");
            }
            var seedValue = result.GetValue(seed);
            var options = new GenerationOptions
            {
                Budget = budget,
                Rows = rowCount,
                Seed = seedValue,
                DomainSha256 = domainPath is null ? null : AtomicFile.Sha256(domainPath),
                ToolVersion = typeof(GenerateCommand).Assembly.GetName().Version?.ToString(3) ?? string.Empty,
            };
            IDpRandom random = seedValue is { } s ? new SeededDpRandom(s) : new OsDpRandom();
            var generated = generator.Generate(file, spec, options, random, CancellationToken.None);

            using var csv = new MemoryStream();
            CsvTableWriter.Write(generated.Synthetic, csv);
            var card = DpGuaranteeJson.ToBytes(generated.Guarantee);
            var outPath = result.GetValue(output)!;
            var cardPath = outPath + ".dp.json";
            AtomicFile.Write(outPath, st => st.Write(csv.GetBuffer(), 0, (int)csv.Length));
            try
            {
                AtomicFile.Write(cardPath, st => st.Write(card));
            }
            catch
            {
                File.Delete(outPath);
                throw;
            }

            foreach (var w in generated.Guarantee.Warnings.Concat(generated.OwnerWarnings))
            {
                console.Warn(w);
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generate: {generated.Synthetic.RowCount} rows ({generator.Method}, epsilon {budget.Epsilon:G6}, delta {budget.Delta:G3}, rho {generated.Guarantee.Rho:G6}) -> {outPath}, {cardPath}"));
            if (ledgerPath is not null)
            {
                var realPath = result.GetValue(real)!;
                var entry = new LedgerEntry(DateTimeOffset.UtcNow, options.ToolVersion, "generate", seedValue,
                    [new LedgerFile("real", realPath, AtomicFile.Sha256(realPath)), .. domainPath is null ? Array.Empty<LedgerFile>() : [new LedgerFile("domain", domainPath, options.DomainSha256!)]],
                    [new LedgerHeadline("epsilon", budget.Epsilon, null, null), new LedgerHeadline("delta", budget.Delta, null, null), new LedgerHeadline("rho", generated.Guarantee.Rho, null, null)],
                    [new LedgerFile("csv", outPath, AtomicFile.Sha256(outPath)), new LedgerFile("dp.json", cardPath, AtomicFile.Sha256(cardPath))])
                {
                    ConfigSha256 = options.DomainSha256,
                };
                var record = await LedgerRecorder.AppendAsync(entry, ledgerPath, ct).ConfigureAwait(false);
                console.Progress("recorded ledger entry #" + record.Sequence.ToString(CultureInfo.InvariantCulture) + " in " + ledgerPath);
            }

            return 0;
        });
        return command;
    }

    private static PrivacyBudget Budget(double epsilon, double delta)
    {
        if (!(epsilon > 0) || double.IsInfinity(epsilon) || epsilon > 100)
        {
            throw new ConfigException(null, "--epsilon", "must be a number in (0, 100]");
        }

        if (!(delta > 0 && delta < PrivacyBudget.MaxDelta))
        {
            throw new ConfigException(null, "--delta", "must be in (0, 0.001); delta should be far below 1/N");
        }

        return new PrivacyBudget(epsilon, delta);
    }
}
