using SynthAudit.Auditing.Attacking;
using SynthAudit.Auditing.Compliance;
using SynthAudit.Auditing.Ledger;
using SynthAudit.Core.Errors;
using SynthAudit.Core.IO;
using SynthAudit.Metrics.Privacy.Shadow;
using SynthAudit.Metrics.Running;
using SynthAudit.Core.Results;
using SynthAudit.Core.Results.Attack;
using SynthAudit.Reports;

namespace SynthAudit.Auditing.Pipeline;

/// <summary>One audit from request to files on disk: load, run, write reports, record in the ledger.</summary>
internal static class AuditRun
{
    /// <summary>Runs the audit, writes the reports and returns the result and the paths written.</summary>
    public static async Task<(AuditResult Result, IReadOnlyList<string> Files)> RunAsync(AuditRequest request, string outDir,
        IReadOnlyList<string> formats, IRunLog console, CancellationToken ct)
    {
        var chosen = ReportFormats.CreateWriter().CheckFormats(formats);
        var attackFormats = AttackFormatsOf(formats);
        var attackNames = request.ShadowAttack is null ? [] : AttackFormats.Check(attackFormats).Select(r => "attack" + r.FileExtension);
        OutputLocation.CheckFolder(outDir, "--out", [.. chosen.Select(r => "audit" + r.FileExtension), .. attackNames]);
        if (request.LedgerPath is not null)
        {
            // Fail on a bad ledger file before the (long) audit, not after it.
            LedgerRecorder.EnsureUsable(request.LedgerPath);
        }

        // The cited policy is read before any data, so a bad --policy fails fast.
        var pack = request.Review is { } review ? PolicyPacks.Load(review.Profile, review.PolicyPath) : null;
        console.Progress("reading " + request.RealPath + " and " + request.SyntheticPath);
        var loaded = AuditPipeline.Load(request);
        foreach (var warning in loaded.Warnings)
        {
            console.Warn(warning);
        }

        var result = AuditPipeline.Run(request, loaded, null, (id, done, total) => console.Step("audit", id ?? "done", done, total), ct);
        AttackResult? attackResult = null;
        if (request.ShadowAttack is { } attack)
        {
            if (request.HoldoutPath is null)
            {
                throw new ConfigException(null, "--generator", "the shadow-model attack needs --holdout (the population the attacker knows)");
            }

            attackResult = AttackRun.Run(attack with { RealPath = request.RealPath, HoldoutPath = request.HoldoutPath }, outDir, console, ct);
            var metrics = result.Metrics.AddRange(ShadowMetricResults.From(attackResult));
            result = result with { Metrics = metrics, Summary = AuditSummaryBuilder.Build(metrics) };
        }

        if (request.Review is { } reviewRequest)
        {
            result = result with { Review = ReviewBuilder.Build(reviewRequest, pack, result) };
        }

        var files = await WriteAsync(result, attackResult, outDir, formats, ct).ConfigureAwait(false);
        if (request.LedgerPath is not null)
        {
            var record = await LedgerRecorder.AppendAsync(LedgerRecorder.ForAudit(result, request.ConfigPath, files), request.LedgerPath, ct).ConfigureAwait(false);
            console.Progress("recorded ledger entry #" + record.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) + " in " + request.LedgerPath);
        }

        return (result, [.. files.Select(f => f.Path)]);
    }

    /// <summary>Writes audit.&lt;ext&gt; and, when the shadow attack ran, attack.&lt;ext&gt; (the formats an attack report has)
    /// as ONE report set: staged, then moved into place, so a failure leaves the previous files and never a mix of
    /// this run's audit with an earlier run's attack (or the reverse).</summary>
    internal static async Task<IReadOnlyList<WrittenFile>> WriteAsync(AuditResult result, AttackResult? attack, string outDir,
        IReadOnlyList<string> formats, CancellationToken ct)
    {
        var set = new ReportSet();
        await ReportFormats.CreateWriter().AddToAsync(set, result, formats, "audit", ct).ConfigureAwait(false);
        if (attack is not null)
        {
            await AttackFormats.CreateWriter().AddToAsync(set, attack, AttackFormatsOf(formats), "attack", ct).ConfigureAwait(false);
        }

        return set.WriteTo(outDir);
    }

    /// <summary>The requested formats that an attack report has (pdf, html, json, md).</summary>
    private static List<string> AttackFormatsOf(IReadOnlyList<string> formats) =>
        [.. formats.Where(f => AttackFormats.Default.Contains(f.Trim().ToLowerInvariant(), StringComparer.Ordinal))];
}
