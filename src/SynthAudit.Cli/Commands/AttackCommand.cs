using System.CommandLine;
using SynthAudit.Auditing.Attacking;
using SynthAudit.Cli.Infrastructure;

namespace SynthAudit.Cli.Commands;

/// <summary><c>synthaudit attack</c>: a black-box shadow-model membership attack on a generator.</summary>
internal static class AttackCommand
{
    public static Command Create(CliConsole console)
    {
        var real = new Option<string>("--real") { Description = "The real training data (CSV, or Parquet for .parquet); the targets are chosen among its rows.", Required = true };
        var holdout = new Option<string>("--holdout") { Description = "Real rows the attacker knows (CSV, or Parquet for .parquet); shadow training sets are drawn from them.", Required = true };
        var generator = new Option<string?>("--generator") { Description = "The generator command: {train} the CSV it trains on, {out} the CSV it writes, {rows} how many rows, {seed} a per-run seed." };
        var builtin = new Option<string?>("--builtin") { Description = "Attack one of our own DP generators in-process: mst or aim." };
        var epsilon = new Option<double?>("--epsilon") { Description = "The epsilon of --builtin, or the epsilon a DP command generator claims (checked against the empirical bound)." };
        var delta = new Option<double?>("--delta") { Description = "The delta of the generator (default 1e-9 for --builtin; the bound uses 1e-5 when a command states none)." };
        var domain = new Option<string?>("--domain") { Description = "The public domain file of --builtin (default: drafted from the holdout)." };
        var targets = new Option<int>("--targets") { Description = "Target records: the most exposed outliers first, plus about a quarter random.", DefaultValueFactory = _ => 20 };
        var runs = new Option<int>("--runs") { Description = "Generator runs (half train the attack, half score it).", DefaultValueFactory = _ => 200 };
        var shadowRows = new Option<int>("--shadow-rows") { Description = "Rows of each shadow training set.", DefaultValueFactory = _ => 1000 };
        var timeout = new Option<double>("--timeout") { Description = "Seconds a generator command may run before it is killed.", DefaultValueFactory = _ => 600 };
        var jobs = new Option<int?>("--jobs") { Description = "Runs at once (default: the processor count)." };
        var rowIds = new Option<bool>("--include-row-ids") { Description = "Write the targets' row indices into attack.json (off by default: reports never identify a record)." };
        var allowOverlap = CliOptions.AllowOverlap();
        var seed = CliOptions.Seed();
        var outDir = new Option<string>("--out") { Description = "Folder for attack.json, the reports and the generator's stderr.", DefaultValueFactory = _ => "./synthaudit-attack" };
        var format = CliOptions.CommaList("--format", "Report formats, comma-separated: pdf, html, json, md (default: all).");
        var command = new Command("attack", "Run a shadow-model membership attack on a generator (command or builtin) and report TPR at low FPR and an empirical epsilon.")
        {
            real, holdout, generator, builtin, epsilon, delta, domain, targets, runs, shadowRows, timeout, jobs, rowIds, allowOverlap, seed, outDir, format,
        };
        command.SetAction(async (result, ct) =>
        {
            var request = new AttackRequest
            {
                RealPath = result.GetValue(real)!,
                HoldoutPath = result.GetValue(holdout)!,
                GeneratorCommand = result.GetValue(generator),
                Builtin = result.GetValue(builtin)?.Trim().ToLowerInvariant(),
                Epsilon = result.GetValue(epsilon),
                Delta = result.GetValue(delta),
                DomainPath = result.GetValue(domain),
                Targets = result.GetValue(targets),
                Runs = result.GetValue(runs),
                ShadowRows = result.GetValue(shadowRows),
                Timeout = TimeSpan.FromSeconds(Math.Clamp(result.GetValue(timeout), 0, 86_400)),
                Parallelism = result.GetValue(jobs),
                IncludeRowIds = result.GetValue(rowIds),
                AllowOverlap = result.GetValue(allowOverlap),
                Seed = result.GetValue(seed),
                CommandLine = "synthaudit " + string.Join(' ', result.Tokens.Select(t => t.Value)),
            };
            var formats = result.GetValue(format) is { Length: > 0 } f ? f : AttackFormats.Default;
            return await CommandRuns.AttackAsync(request, result.GetValue(outDir)!, formats, console, ct).ConfigureAwait(false);
        });
        return command;
    }
}
