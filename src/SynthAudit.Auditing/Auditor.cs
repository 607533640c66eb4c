using System.Collections.Immutable;
using SynthAudit.Auditing.Configuration;
using SynthAudit.Core.Data;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Privacy;
using SynthAudit.Auditing.Comparing;
using SynthAudit.Auditing.Gating;
using SynthAudit.Auditing.Pipeline;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Results;
using SynthAudit.Reports.Json;

namespace SynthAudit.Auditing;

/// <summary>The library's entry point: audit a synthetic table against the real one, write the reports, gate the result.</summary>
/// <remarks>
/// <code>
/// var result = Auditor.Run(TableSource.FromFile("train.csv"), TableSource.FromFile("synthetic.parquet"),
///     new AuditOptions { Holdout = TableSource.FromFile("holdout.csv"), Target = "income", Seed = 42 });
/// await Auditor.WriteReportsAsync(result, "report", ["json", "html"]);
/// var gate = Auditor.Gate(result, "policy.yml");
/// var ranking = Auditor.Compare(TableSource.FromFile("train.csv"),
///     [new("mst", TableSource.FromFile("mst.csv")), new("aim", TableSource.FromFile("aim.csv"))], options);
/// </code>
/// <see cref="Run"/> uses the loader and metric runner of <c>synthaudit audit</c>, so with the same inputs and seed its
/// metric values equal the command's. Nothing is written to the console or to the audit-trail ledger.
/// </remarks>
public static class Auditor
{
    /// <summary>The report formats <see cref="WriteReportsAsync"/> knows: <c>pdf</c>, <c>html</c>, <c>json</c>, <c>md</c>.</summary>
    public static IReadOnlyList<string> ReportFormats => Pipeline.ReportFormats.Default;

    /// <summary>Runs every metric (or those of <see cref="AuditOptions.Metrics"/>) and returns the typed result.</summary>
    /// <param name="real">The real rows the generator was trained on.</param>
    /// <param name="synthetic">The synthetic rows.</param>
    /// <param name="options">Holdout, roles, seed and metric selection; the command's defaults when null.</param>
    /// <param name="ct">Cancels the run between metrics.</param>
    /// <returns>The audit: every metric with its value, interval and breakdown (or the reason it was skipped).</returns>
    /// <exception cref="InputException">A table is missing, malformed, or does not match the real data's columns.</exception>
    /// <exception cref="ConfigException">An option names a column or metric that does not exist.</exception>
    public static AuditResult Run(TableSource real, TableSource synthetic, AuditOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(synthetic);
        var request = Request(real, synthetic, options ?? new AuditOptions());
        var loaded = AuditPipeline.Load(request);
        return AuditPipeline.Run(request, loaded, null, null, ct);
    }

    /// <summary>Audits several synthetic tables against the same real data and ranks them, as <c>synthaudit compare</c>
    /// does: the real side is read and encoded once, and each candidate's audit equals <see cref="Run"/> on it.</summary>
    /// <param name="real">The real rows the generators were trained on.</param>
    /// <param name="candidates">Two or more named synthetic tables (names: letters, digits, '.', '_', '-').</param>
    /// <param name="options">Holdout, roles, seed and metric selection, shared by every candidate.</param>
    /// <param name="ct">Cancels the run between metrics.</param>
    /// <returns>The leaderboard, ranks, trade-off and every candidate's full audit.</returns>
    /// <exception cref="InputException">A table is missing, malformed, or does not match the real data's columns.</exception>
    /// <exception cref="ConfigException">Fewer than two candidates, a repeated or malformed name, or an unknown column or metric.</exception>
    public static ComparisonResult Compare(TableSource real, IReadOnlyList<KeyValuePair<string, TableSource>> candidates, AuditOptions? options = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count < 2)
        {
            throw new ConfigException(null, "--synthetic", "compare needs at least two synthetic tables; use Auditor.Run for one");
        }

        var specs = candidates.Select(c =>
        {
            ArgumentNullException.ThrowIfNull(c.Value);
            SyntheticSpec.CheckName(c.Key);
            return new SyntheticSpec(c.Key, c.Value.Path ?? c.Value.Name) { Source = c.Value };
        }).ToList();
        SyntheticSpec.CheckDistinct(specs);

        var request = Request(real, candidates[0].Value, options ?? new AuditOptions());
        return CompareRun.Compute(request, specs, SilentRunLog.Instance, ct).Result;
    }

    /// <summary>Writes the comparison reports (<c>compare.json</c>, always, plus any of pdf, html, md) and each candidate's
    /// <c>NAME/audit.json</c> into <paramref name="outDir"/>, as one set: all files or none.</summary>
    /// <param name="result">The comparison.</param>
    /// <param name="outDir">The folder (created when missing).</param>
    /// <param name="formats">Any of <see cref="ReportFormats"/>; all of them when null.</param>
    /// <param name="ct">Cancels the writing.</param>
    /// <returns>The full paths written.</returns>
    /// <exception cref="ConfigException">A format is unknown.</exception>
    public static async Task<IReadOnlyList<string>> WriteComparisonReportsAsync(ComparisonResult result, string outDir,
        IReadOnlyList<string>? formats = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        var chosen = CompareRun.CheckFormats(formats ?? ReportFormats);
        var files = await CompareRun.WriteAsync(result, outDir, chosen, ct).ConfigureAwait(false);
        return [.. files.Select(f => f.Path)];
    }

    private static AuditRequest Request(TableSource real, TableSource synthetic, AuditOptions options)
    {
        ImmutableArray<string>? qis = options.QuasiIdentifiers.Count > 0 ? [.. options.QuasiIdentifiers] : null;
        ImmutableArray<string>? secrets = options.Secrets.Count > 0 ? [.. options.Secrets] : null;
        ThreatModelBuilder.Validate(qis, secrets, options.ReleaseContext, null);
        var given = options.Attacks ?? AttackOptions.Default;
        var attacks = ThreatModelBuilder.Apply(given, qis, secrets,
            explicitLink: options.Attacks is { } a && (!a.LinkColumnsA.IsDefaultOrEmpty || !a.LinkColumnsB.IsDefaultOrEmpty),
            explicitSecrets: options.Attacks is { InferenceSecrets.IsDefaultOrEmpty: false });
        var schema = new SchemaOptions
        {
            Target = options.Target,
            Sensitive = [.. options.Sensitive],
            Exclude = [.. options.Exclude],
            Kinds = options.Kinds?.ToImmutableDictionary(StringComparer.Ordinal) ?? ImmutableDictionary<string, ColumnKind>.Empty,
        };
        return new()
        {
            RealPath = real.Name,
            SyntheticPath = synthetic.Name,
            HoldoutPath = options.Holdout?.Name,
            RealSource = real,
            SyntheticSource = synthetic,
            HoldoutSource = options.Holdout,
            Target = options.Target,
            Sensitive = options.Sensitive,
            Exclude = options.Exclude,
            Kinds = options.Kinds?.ToImmutableDictionary(StringComparer.Ordinal),
            CsvOptions = options.Csv,
            Seed = options.Seed,
            BootstrapResamples = options.BootstrapResamples,
            Engine = options.Engine,
            AllowOverlap = options.AllowOverlap,
            Metrics = options.Metrics,
            DatasetName = options.DatasetName,
            Attacks = attacks,
            ThreatModel = ThreatModelBuilder.Build(qis, secrets, options.ReleaseContext, schema, attacks),
        };
    }

    /// <summary>Writes the reports of <paramref name="result"/> into <paramref name="outDir"/> (<c>audit.json</c>,
    /// <c>audit.html</c>, ...), each file atomically; a failing renderer leaves no partial file.</summary>
    /// <param name="result">The audit.</param>
    /// <param name="outDir">The folder (created when missing).</param>
    /// <param name="formats">Any of <see cref="ReportFormats"/>; all of them when null.</param>
    /// <param name="ct">Cancels the writing.</param>
    /// <returns>The full paths written.</returns>
    /// <exception cref="ConfigException">A format is unknown.</exception>
    public static async Task<IReadOnlyList<string>> WriteReportsAsync(AuditResult result, string outDir, IReadOnlyList<string>? formats = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        var writer = Pipeline.ReportFormats.CreateWriter();
        var chosen = formats ?? ReportFormats;
        writer.CheckFormats(chosen);
        var files = await writer.WriteAsync(result, outDir, chosen, "audit", ct).ConfigureAwait(false);
        return [.. files.Select(f => f.Path)];
    }

    /// <summary>Writes one report of <paramref name="result"/> to a stream (left open).</summary>
    /// <param name="result">The audit.</param>
    /// <param name="format">One of <see cref="ReportFormats"/>.</param>
    /// <param name="output">Where the bytes go.</param>
    /// <param name="ct">Cancels the writing.</param>
    /// <exception cref="ConfigException">The format is unknown.</exception>
    public static Task WriteReportAsync(AuditResult result, string format, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var renderer = Pipeline.ReportFormats.CreateWriter().CheckFormats([format])[0];
        return renderer.RenderAsync(result, output, ct);
    }

    /// <summary>Reads an <c>audit.json</c> written by the tool or by <see cref="WriteReportsAsync"/>.</summary>
    /// <exception cref="InputException">The file is missing, malformed or from a newer schema version.</exception>
    public static AuditResult ReadResult(string auditJsonPath) => AuditJsonReader.Read(auditJsonPath);

    /// <summary>Checks <paramref name="result"/> against a policy file (YAML, as for <c>synthaudit gate</c>): each bound is
    /// compared with the metric's confidence interval, giving PASS, FAIL or INCONCLUSIVE.</summary>
    /// <param name="result">The audit.</param>
    /// <param name="policyPath">The policy file.</param>
    /// <returns>One result per bound and the overall verdict.</returns>
    /// <exception cref="ConfigException">The policy is malformed or names an unknown or skipped metric.</exception>
    public static GateReport Gate(AuditResult result, string policyPath)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrEmpty(policyPath);
        var policy = GatePolicyReader.Read(policyPath);
        return new GateReport(GateEvaluator.Evaluate(policy, result, "(in memory)"));
    }
}
