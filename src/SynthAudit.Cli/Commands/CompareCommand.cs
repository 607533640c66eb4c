using System.CommandLine;
using SynthAudit.Auditing.Pipeline;
using SynthAudit.Auditing.Comparing;
using SynthAudit.Auditing.Compliance;
using SynthAudit.Auditing.Configuration;
using SynthAudit.Cli.Infrastructure;
using SynthAudit.Auditing.Ledger;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit compare</c>: audits several synthetic sets against the same real data, side by side.</summary>
internal static class CompareCommand
{
    public static Command Create(CliConsole console)
    {
        var real = new Option<string>("--real") { Description = "The real rows the generators were trained on (CSV, or Parquet for .parquet).", Required = true };
        var synthetic = new Option<string[]>("--synthetic")
        {
            Description = "A synthetic set as NAME=FILE (repeat for each set; at least two). NAME names its column and folder.",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var holdout = new Option<string?>("--holdout") { Description = "Real rows no generator saw (CSV, or Parquet for .parquet); enables membership inference, DCR and the GDPR attacks." };
        var target = new Option<string?>("--target") { Description = "The target column for utility (TSTR vs TRTR) and fairness." };
        var sensitive = CliOptions.CommaList("--sensitive", "Protected attributes for the fairness metrics (comma-separated).");
        var exclude = CliOptions.CommaList("--exclude", "Columns to leave out of every metric (comma-separated).");
        var seed = CliOptions.Seed();
        var bootstrap = CliOptions.Bootstrap();
        var allowOverlap = CliOptions.AllowOverlap();
        var outDir = new Option<string>("--out") { Description = "Folder for compare.json, the reports and one NAME/audit.json per set.", DefaultValueFactory = _ => "./synthaudit-report" };
        var format = CliOptions.CommaList("--format", "Report formats, comma-separated: pdf, html, json, md (default: all; compare.json is always written).");
        var ledger = CliOptions.Ledger();
        var noLedger = CliOptions.NoLedger();
        var engine = CliOptions.Engine();
        var command = new Command("compare", "Audit several synthetic sets against the same real data, side by side: leaderboard, ranks, significance, privacy-vs-fidelity trade-off.")
        {
            real, synthetic, holdout, target, sensitive, exclude, seed, bootstrap, allowOverlap, outDir, format, ledger, noLedger, engine,
        };
        var compliance = new ComplianceOptions();
        compliance.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var specs = SyntheticSpec.ParseAll(result.GetValue(synthetic) ?? []);
            // The same threat model and policy pack as audit (issue 16): the attacks of every set use the declarations, and
            // each set's audit.json carries the policy's thresholds with their sources.
            var settings = AuditConfigLoader.Merge(null, compliance.Apply(result, new AuditOverrides
            {
                Target = result.GetValue(target),
                Sensitive = result.GetResult(sensitive) is null ? null : [.. result.GetValue(sensitive) ?? []],
            }));
            var request = new AuditRequest
            {
                RealPath = result.GetValue(real)!,
                SyntheticPath = specs[0].Path,
                HoldoutPath = result.GetValue(holdout),
                Target = result.GetValue(target),
                Sensitive = result.GetValue(sensitive) ?? [],
                Exclude = result.GetValue(exclude) ?? [],
                Seed = result.GetValue(seed),
                BootstrapResamples = result.GetValue(bootstrap),
                AllowOverlap = result.GetValue(allowOverlap),
                Engine = CliOptions.EngineValue(result, engine),
                Attacks = settings.Attacks,
                ThreatModel = settings.ThreatModel,
                Review = settings.Profile is null && settings.PolicyPath is null ? null : new ReviewRequest(settings.Profile, settings.PolicyPath, settings.Decision),
                CommandLine = "synthaudit " + string.Join(' ', result.Tokens.Select(t => t.Value)),
                LedgerPath = LedgerLocation.Resolve(result.GetValue(ledger), result.GetValue(noLedger)),
            };
            var formats = result.GetValue(format) is { Length: > 0 } f ? f : ComparisonFormats.Default;
            return await CommandRuns.CompareAsync(request, specs, result.GetValue(outDir)!, formats, console, ct).ConfigureAwait(false);
        });
        return command;
    }
}
