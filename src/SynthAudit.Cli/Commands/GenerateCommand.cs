using System.CommandLine;
using System.Globalization;
using SynthAudit.Cli.Generation;
using SynthAudit.Cli.Infrastructure;
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
        command.SetAction(result =>
        {
            // Every check below runs before any budget is spent.
            var budget = Budget(result.GetValue(epsilon), result.GetValue(delta) ?? PrivacyBudget.DefaultDelta);
            var methodName = result.GetValue(method)!;
            ISyntheticGenerator generator = methodName switch
            {
                "mst" => new MstGenerator(),
                "aim" => throw new NotAvailableException("--method aim"),
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

            var domainPath = result.GetValue(domain) ?? throw new ConfigException(null, "--domain",
                "a public domain file is required: draft one with 'synthaudit domain --input TRAIN.csv --out domain.yml', review it, and pass it with --domain (learning the domain with budget is not available in this version)");
            var spec = DomainFile.Read(domainPath);
            var file = CsvTableReader.Read(result.GetValue(real)!);
            DomainEncoder.CheckColumns(file, spec);
            var seedValue = result.GetValue(seed);
            var options = new GenerationOptions
            {
                Budget = budget,
                Rows = rowCount,
                Seed = seedValue,
                DomainSha256 = AtomicFile.Sha256(domainPath),
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
