using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Errors;
using SynthAudit.Core.IO;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Provenance;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Results;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Privacy.Identifiers;
using SynthAudit.Metrics.Running;

namespace SynthAudit.Auditing.Pipeline;

/// <summary>Reads the inputs of an audit, infers and applies the schema, runs every metric and builds the result.</summary>
internal static class AuditPipeline
{
    /// <summary>The warning of an audit without <c>--holdout</c>.</summary>
    public const string NoHoldoutWarning =
        "no --holdout given: membership-inference, DCR and attack-based privacy metrics are skipped, and utility holds out 30% of the real data";

    /// <summary>Reads and aligns the real, synthetic and holdout tables: the one loader of <c>synthaudit audit</c> and
    /// <see cref="Auditor.Run"/>.</summary>
    public static LoadedAudit Load(AuditRequest request)
    {
        CheckBootstrap(request.BootstrapResamples);
        MarginalEngines.CheckSources(request, [(null, request.Synthetic)]);
        // The card first: a malformed or partial card fails before any data is read (only a file has a card next to it).
        var syntheticSource = request.Synthetic;
        var card = syntheticSource.Path is null ? null : DpCard.Read(syntheticSource.Path);
        var csvOptions = request.CsvOptions ?? CsvReadOptions.Default;
        var real = Read(request.Real, csvOptions);
        ThreatModelCheck.Check(request.ThreatModel, real.File);
        var synthetic = Read(syntheticSource, csvOptions);
        var holdoutSource = request.Holdout;
        var holdout = holdoutSource is null ? null : Read(holdoutSource, csvOptions);
        var overlap = new List<string>();
        RoleOverlap.Check(real, holdout, request.AllowOverlap, overlap);
        overlap.AddRange(RoleOverlap.SameFile(real, synthetic, holdout));
        var inferred = SchemaInference.Infer(real.File, new SchemaOptions
        {
            Target = request.Target,
            Sensitive = [.. request.Sensitive],
            Exclude = [.. request.Exclude],
            Kinds = request.Kinds ?? System.Collections.Immutable.ImmutableDictionary<string, Core.Data.ColumnKind>.Empty,
        });
        MarginalEngines.CheckColumns(request, inferred.Schema);
        var aligned = TableAligner.Align(inferred.Schema, real.File, synthetic.File, holdout?.File);
        var warnings = inferred.Warnings.Concat(aligned.Warnings).Concat(overlap).ToList();
        if (holdout is null)
        {
            warnings.Add(NoHoldoutWarning);
        }

        if (request.BootstrapResamples < AuditOptions.MinUsableBootstrapResamples)
        {
            warnings.Add(BootstrapWarning(request.BootstrapResamples));
        }

        var inputs = ImmutableArray.CreateBuilder<InputInfo>();
        inputs.Add(Info("real", real));
        var syntheticInfo = Info("synthetic", synthetic);
        inputs.Add(syntheticInfo);
        if (holdout is not null)
        {
            inputs.Add(Info("holdout", holdout));
        }

        var input = new AuditInput(aligned.Real, aligned.Synthetic!, aligned.Holdout, inferred.Schema);
        // Bind the card before the warning list is copied, so its warnings (seeded run, changed file) reach the result.
        var dp = DpCard.Bind(card, syntheticInfo, warnings);
        warnings.AddRange(ThreatModelCheck.Warnings(request.ThreatModel, inferred.Schema));
        var scan = IdentifierScanner.Scan(real.File, synthetic.File);
        return new LoadedAudit(input, inputs.ToImmutable(), [.. warnings], dp) { IdentifierScan = scan };
    }

    /// <summary>Reads one source into columns, keeping its name and fingerprint for the provenance record.</summary>
    public static SourceTable Read(TableSource source, CsvReadOptions csv)
    {
        var (file, sha) = source.Load(csv);
        return new SourceTable(source, file, sha);
    }

    /// <summary>Runs the metrics on loaded inputs.</summary>
    /// <param name="request">The request.</param>
    /// <param name="loaded">The loaded inputs.</param>
    /// <param name="shared">Work shared with other audits of the same real data, or null.</param>
    /// <param name="progress">Called with the metric about to run, the metrics finished and all metrics (last with null, all, all).</param>
    /// <param name="ct">Cancels the run.</param>
    /// <param name="sharedEngine">The statistics engine of a comparison (left open), or null to open the request's own.</param>
    public static AuditResult Run(AuditRequest request, LoadedAudit loaded, RealDataAnalyses? shared, Action<string?, int, int>? progress, CancellationToken ct,
        Sql.SqlMarginalStatistics? sharedEngine = null)
    {
        using var owned = sharedEngine is null ? MarginalEngines.Open(request, loaded) : null;
        var engine = sharedEngine ?? owned;
        var context = new MetricContext(new SeedSource(request.Seed), request.BootstrapResamples, shared: shared) { MarginalStatistics = engine };
        var settings = ImmutableArray.Create(
            Setting("bootstrapResamples", request.BootstrapResamples.ToString(CultureInfo.InvariantCulture)),
            Setting("confidenceLevel", context.ConfidenceLevel.ToString(CultureInfo.InvariantCulture)),
            Setting("target", request.Target ?? string.Empty),
            Setting("sensitive", string.Join(",", request.Sensitive)),
            Setting("exclude", string.Join(",", request.Exclude)),
            Setting("attacks", request.Attacks.Describe()),
            Setting("config", request.ConfigPath is null ? string.Empty : request.ConfigPath + " (sha256 " + AtomicFile.Sha256(request.ConfigPath) + ")"));
        if (engine is not null)
        {
            // Only a non-default engine is recorded, so that default audits keep their byte-identical audit.json.
            settings = settings.AddRange(Setting("engine", engine.Engine), Setting("engineScope", MarginalEngines.DuckDbScope));
        }

        var provenance = new AuditProvenance(loaded.Inputs, DateTimeOffset.UtcNow)
        {
            DatasetName = request.DatasetName ?? Path.GetFileNameWithoutExtension(request.RealPath),
            CommandLine = request.CommandLine,
            Warnings = loaded.Warnings,
            Settings = settings,
            DpGuarantee = loaded.Dp.Guarantee,
            DpGuaranteeRejected = loaded.Dp.Rejected,
            // The library path declares nothing: the report still states what was assumed.
            ThreatModel = request.ThreatModel ?? Configuration.ThreatModelBuilder.Build(null, null, null,
                new SchemaOptions { Target = request.Target, Sensitive = [.. request.Sensitive] }, request.Attacks),
            IdentifierScan = loaded.IdentifierScan,
        };
        var metrics = MetricSelection.Select(MetricRegistry.Create(request.Attacks), request.Metrics);
        var started = 0;
        var result = AuditRunner.Run(loaded.Input, context, provenance, metrics,
            progress is null ? null : id => progress(id, started++, metrics.Count), ct);
        progress?.Invoke(null, metrics.Count, metrics.Count);
        return result;
    }

    /// <summary>Rejects a resample count outside 1 to <see cref="AuditOptions.MaxBootstrapResamples"/> before any data is read.</summary>
    /// <exception cref="ConfigException">The count is out of range.</exception>
    public static void CheckBootstrap(int resamples)
    {
        if (resamples is < 1 or > AuditOptions.MaxBootstrapResamples)
        {
            throw new ConfigException(null, "--bootstrap", BootstrapRangeProblem);
        }
    }

    /// <summary>The one sentence of an out-of-range resample count.</summary>
    public const string BootstrapRangeProblem = "must be a whole number from 1 to 10,000 (default 200; at least 50 for usable intervals)";

    /// <summary>The warning of an audit with fewer resamples than a usable interval needs.</summary>
    public static string BootstrapWarning(int resamples) => string.Create(CultureInfo.InvariantCulture,
        $"--bootstrap {resamples} is below {AuditOptions.MinUsableBootstrapResamples}: the bootstrap intervals are too rough to decide anything, and 'synthaudit gate' treats them as inconclusive");

    private static KeyValuePair<string, string> Setting(string key, string value) => new(key, value);

    /// <summary>The provenance record of one input.</summary>
    public static InputInfo Info(string role, SourceTable table) =>
        new(role, table.Source.Name, table.Sha256, table.File.RowCount, table.File.Columns.Length);
}
