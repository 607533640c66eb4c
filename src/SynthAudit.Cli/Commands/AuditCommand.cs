using System.CommandLine;
using SynthAudit.Auditing.Attacking;
using SynthAudit.Auditing.Compliance;
using SynthAudit.Auditing.Pipeline;
using SynthAudit.Auditing.Configuration;
using SynthAudit.Cli.Infrastructure;
using SynthAudit.Auditing.Ledger;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit audit</c>: audits a synthetic table (CSV or Parquet) against the real data and writes the reports.</summary>
internal static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        var real = new Option<string>("--real") { Description = "The real rows the generator was trained on (CSV, or Parquet for .parquet).", Required = true };
        var synthetic = new Option<string>("--synthetic") { Description = "The synthetic rows (CSV, or Parquet for .parquet). A SYNTH.csv.dp.json next to it is reported.", Required = true };
        var holdout = new Option<string?>("--holdout") { Description = "Real rows the generator never saw (CSV, or Parquet for .parquet); enables membership inference, DCR and the GDPR attacks." };
        var target = new Option<string?>("--target") { Description = "The target column for utility (TSTR vs TRTR) and fairness." };
        var sensitive = CliOptions.CommaList("--sensitive", "Protected attributes for the fairness metrics (comma-separated).");
        var exclude = CliOptions.CommaList("--exclude", "Columns to leave out of every metric (comma-separated).");
        var config = new Option<string?>("--config") { Description = "An audit config file (YAML): column kinds and roles, missing-value tokens." };
        var seed = CliOptions.Seed();
        var bootstrap = CliOptions.Bootstrap();
        var allowOverlap = CliOptions.AllowOverlap();
        var outDir = new Option<string>("--out") { Description = "Folder for audit.json and the reports.", DefaultValueFactory = _ => "./synthaudit-report" };
        var format = CliOptions.CommaList("--format", "Report formats, comma-separated: pdf, html, json, md (default: all).");
        var attacks = CliOptions.PositiveInt("--attacks", "Attacks per side for singling out, linkability and inference (default 2000).");
        var multivariate = CliOptions.PositiveInt("--multivariate-columns", "Columns per multivariate singling-out query (default 3).");
        var attempts = CliOptions.PositiveInt("--query-attempts", "Candidate singling-out queries tried per query wanted (default 100).");
        var linkA = CliOptions.CommaList("--link-a", "Linkability dataset A's columns (default: an entropy-balanced split of the columns).");
        var linkB = CliOptions.CommaList("--link-b", "Linkability dataset B's columns (default: the columns not in --link-a).");
        var linkK = CliOptions.PositiveInt("--link-k", "Linkability neighbours compared; Anonymeter reports 1 and 10 (default 1).");
        var secrets = CliOptions.CommaList("--inference-secrets", "Inference secret columns (default: --sensitive, else --target, else every column).");
        var ledger = CliOptions.Ledger();
        var noLedger = CliOptions.NoLedger();
        var generator = new Option<string?>("--generator") { Description = "Also run the shadow-model attack on this generator command ({train}, {out}, {rows}, {seed}; see 'synthaudit attack')." };
        var builtin = new Option<string?>("--builtin") { Description = "Also run the shadow-model attack on our own DP generator, in-process: mst or aim." };
        var epsilon = new Option<double?>("--epsilon") { Description = "The epsilon of --builtin, or the epsilon the --generator claims." };
        var delta = new Option<double?>("--delta") { Description = "The delta of the attacked generator." };
        var domain = new Option<string?>("--domain") { Description = "The public domain file of --builtin." };
        var attackTargets = new Option<int>("--attack-targets") { Description = "Targets of the shadow attack.", DefaultValueFactory = _ => 20 };
        var attackRuns = new Option<int>("--attack-runs") { Description = "Generator runs of the shadow attack.", DefaultValueFactory = _ => 200 };
        var shadowRows = new Option<int>("--shadow-rows") { Description = "Rows of each shadow training set.", DefaultValueFactory = _ => 1000 };
        var engine = CliOptions.Engine();
        var timeout = new Option<double>("--timeout") { Description = "Seconds a generator command may run.", DefaultValueFactory = _ => 600 };
        var command = new Command("audit", "Audit a synthetic table (CSV or Parquet) against the real data it was trained on.")
        {
            real, synthetic, holdout, target, sensitive, exclude, config, seed, bootstrap, allowOverlap, attacks, multivariate, attempts, linkA, linkB, linkK, secrets,
            outDir, format, ledger, noLedger, engine,
            generator, builtin, epsilon, delta, domain, attackTargets, attackRuns, shadowRows, timeout,
        };
        var compliance = new ComplianceOptions();
        compliance.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var configPath = result.GetValue(config);
            var settings = AuditConfigLoader.Merge(configPath is null ? null : AuditConfigLoader.Load(configPath), compliance.Apply(result, new AuditOverrides
            {
                Target = result.GetValue(target),
                Sensitive = result.GetResult(sensitive) is null ? null : [.. result.GetValue(sensitive) ?? []],
                Exclude = result.GetResult(exclude) is null ? null : [.. result.GetValue(exclude) ?? []],
                Seed = result.GetResult(seed) is null ? null : result.GetValue(seed),
                BootstrapResamples = result.GetResult(bootstrap) is null ? null : result.GetValue(bootstrap),
                Attacks = result.GetValue(attacks),
                MultivariateColumns = result.GetValue(multivariate),
                QueryAttempts = result.GetValue(attempts),
                LinkA = result.GetResult(linkA) is null ? null : [.. result.GetValue(linkA) ?? []],
                LinkB = result.GetResult(linkB) is null ? null : [.. result.GetValue(linkB) ?? []],
                LinkK = result.GetValue(linkK),
                InferenceSecrets = result.GetResult(secrets) is null ? null : [.. result.GetValue(secrets) ?? []],
            }), configPath);
            var request = new AuditRequest
            {
                RealPath = result.GetValue(real)!,
                SyntheticPath = result.GetValue(synthetic)!,
                HoldoutPath = result.GetValue(holdout),
                Target = settings.Schema.Target,
                Sensitive = settings.Schema.Sensitive,
                Exclude = settings.Schema.Exclude,
                Kinds = settings.Schema.Kinds,
                CsvOptions = settings.Csv,
                ConfigPath = configPath,
                Seed = settings.Seed,
                BootstrapResamples = settings.BootstrapResamples,
                AllowOverlap = result.GetValue(allowOverlap),
                Engine = CliOptions.EngineValue(result, engine),
                Attacks = settings.Attacks,
                ThreatModel = settings.ThreatModel,
                Review = new ReviewRequest(settings.Profile, settings.PolicyPath, settings.Decision),
                CommandLine = "synthaudit " + string.Join(' ', result.Tokens.Select(t => t.Value)),
                LedgerPath = LedgerLocation.Resolve(result.GetValue(ledger), result.GetValue(noLedger)),
                ShadowAttack = result.GetValue(generator) is null && result.GetValue(builtin) is null ? null : new AttackRequest
                {
                    RealPath = result.GetValue(real)!,
                    HoldoutPath = result.GetValue(holdout) ?? string.Empty,
                    GeneratorCommand = result.GetValue(generator),
                    Builtin = result.GetValue(builtin)?.Trim().ToLowerInvariant(),
                    Epsilon = result.GetValue(epsilon),
                    Delta = result.GetValue(delta),
                    DomainPath = result.GetValue(domain),
                    Targets = result.GetValue(attackTargets),
                    Runs = result.GetValue(attackRuns),
                    ShadowRows = result.GetValue(shadowRows),
                    Timeout = TimeSpan.FromSeconds(Math.Clamp(result.GetValue(timeout), 0, 86_400)),
                    Seed = settings.Seed,
                    AllowOverlap = result.GetValue(allowOverlap),
                    CommandLine = "synthaudit " + string.Join(' ', result.Tokens.Select(t => t.Value)),
                },
            };
            var formats = result.GetValue(format) is { Length: > 0 } f ? f : ReportFormats.Default;
            return await CommandRuns.AuditAsync(request, result.GetValue(outDir)!, formats, console, ct).ConfigureAwait(false);
        });
        return command;
    }
}
