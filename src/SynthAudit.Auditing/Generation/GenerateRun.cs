using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Auditing.IO;
using SynthAudit.Auditing.Ledger;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Errors;
using SynthAudit.Core.IO;
using SynthAudit.Core.Provenance;
using SynthAudit.Core.Results;
using SynthAudit.Generation;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Privacy;

namespace SynthAudit.Auditing.Generation;

/// <summary>One <c>generate</c> run: validate everything before any budget is spent, generate, write the CSV and its
/// dp.json atomically (both or neither), and append the audit-trail record.</summary>
internal static class GenerateRun
{
    /// <summary>Generates, writes both files and records the run; returns the one-line summary of what was written.</summary>
    public static async Task<GenerateOutcome> ExecuteAsync(GenerateRequest request, IRunLog console, CancellationToken ct)
    {
        var budget = Budget(request.Epsilon, request.Delta ?? PrivacyBudget.DefaultDelta);
        ISyntheticGenerator generator = request.Method switch
        {
            "mst" => new MstGenerator(),
            "aim" => new AimGenerator(),
            _ => throw new ConfigException(null, "--method", "must be mst or aim"),
        };
        if (request.Rows is { } n && (n < 1 || n > GenerationOptions.MaxRows))
        {
            throw new ConfigException(null, "--rows", "must be between 1 and 10,000,000");
        }

        if (request.Rows is { } bound && !budget.CheckAgainstRowBound(bound))
        {
            throw new ConfigException(null, "--delta", "must be below 1/rows");
        }

        OutputLocation.CheckFile(request.OutPath, "--out");
        OutputLocation.CheckFile(request.OutPath + ".dp.json", "--out");
        var ledgerPath = LedgerLocation.Resolve(request.LedgerOption, request.NoLedger);
        if (ledgerPath is not null)
        {
            LedgerRecorder.EnsureUsable(ledgerPath);
        }

        var spec = request.DomainPath is null ? null : DomainFile.Read(request.DomainPath);
        console.Step("generate", "reading " + request.RealPath, 0, 3);
        var file = TableFiles.Read(request.RealPath);
        if (spec is not null)
        {
            DomainEncoder.CheckColumns(file, spec);
        }
        else
        {
            console.Warn("no --domain: learning the domain privately with 10% of the budget (a reviewed public domain file gives better data)");
        }

        var options = new GenerationOptions
        {
            Budget = budget,
            Rows = request.Rows,
            Seed = request.Seed,
            DomainSha256 = request.DomainPath is null ? null : AtomicFile.Sha256(request.DomainPath),
            ToolVersion = ToolInfo.Current.Version,
        };
        IDpRandom random = request.Seed is { } s ? new SeededDpRandom(s) : new OsDpRandom();
        console.Step("generate", "generating with " + generator.Method, 1, 3);
        var generated = generator.Generate(file, spec, options, random, ct);
        console.Step("generate", "writing " + request.OutPath, 2, 3);

        // CSV or Parquet by the output's extension.
        using var csv = new MemoryStream();
        TableFiles.Write(generated.Synthetic, csv, request.OutPath);
        // Bind the card to the exact bytes written: audit reports the guarantee only while the file has this hash.
        var guarantee = generated.Guarantee with
        {
            DataSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(csv.GetBuffer().AsSpan(0, (int)csv.Length))),
        };
        var card = DpGuaranteeJson.ToBytes(guarantee);
        var cardPath = request.OutPath + ".dp.json";
        AtomicFile.Write(request.OutPath, st => st.Write(csv.GetBuffer(), 0, (int)csv.Length));
        try
        {
            AtomicFile.Write(cardPath, st => st.Write(card));
        }
        catch
        {
            File.Delete(request.OutPath);
            throw;
        }

        console.Step("generate", "done", 3, 3);
        foreach (var w in generated.Guarantee.Warnings.Concat(generated.OwnerWarnings))
        {
            console.Warn(w);
        }

        if (ledgerPath is not null)
        {
            var entry = new LedgerEntry(DateTimeOffset.UtcNow, ToolInfo.Current.Version, "generate", request.Seed,
                [new LedgerFile("real", request.RealPath, AtomicFile.Sha256(request.RealPath))],
                [new LedgerHeadline("dp:epsilon", budget.Epsilon, null, null), new LedgerHeadline("dp:rho", generated.Guarantee.Rho, null, null)],
                [new LedgerFile("synthetic", Path.GetFullPath(request.OutPath), AtomicFile.Sha256(request.OutPath)),
                 new LedgerFile("dp.json", Path.GetFullPath(cardPath), AtomicFile.Sha256(cardPath))])
            {
                CommandLine = request.CommandLine,
                ConfigSha256 = request.DomainPath is null ? null : options.DomainSha256,
            };
            await LedgerRecorder.AppendAsync(entry, ledgerPath, ct).ConfigureAwait(false);
        }

        return new GenerateOutcome(guarantee, string.Create(CultureInfo.InvariantCulture,
            $"generate: {generated.Synthetic.RowCount} rows ({generator.Method}, epsilon {budget.Epsilon:G6}, delta {budget.Delta:G3}, rho {generated.Guarantee.Rho:G6}) -> {request.OutPath}, {cardPath}"));
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
