using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Csv;
using SynthAudit.Core.IO;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Provenance;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Results;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Running;

namespace SynthAudit.Auditing.Pipeline;

/// <summary>Reads the inputs of an audit, infers and applies the schema, runs every metric and builds the result.</summary>
internal static class AuditPipeline
{
    /// <summary>The warning of an audit without <c>--holdout</c>.</summary>
    public const string NoHoldoutWarning =
        "no --holdout given: membership-inference, DCR and attack-based privacy metrics are skipped, and utility holds out 30% of the real data";

    /// <summary>Reads and aligns the real, synthetic and holdout files.</summary>
    public static LoadedAudit Load(AuditRequest request)
    {
        // The card first: a malformed or partial card fails before any data is read.
        var card = DpCard.Read(request.SyntheticPath);
        var csvOptions = request.CsvOptions ?? CsvReadOptions.Default;
        var real = CsvTableReader.Read(request.RealPath, csvOptions);
        var synthetic = CsvTableReader.Read(request.SyntheticPath, csvOptions);
        var holdout = request.HoldoutPath is null ? null : CsvTableReader.Read(request.HoldoutPath, csvOptions);
        var inferred = SchemaInference.Infer(real, new SchemaOptions
        {
            Target = request.Target,
            Sensitive = [.. request.Sensitive],
            Exclude = [.. request.Exclude],
            Kinds = request.Kinds ?? System.Collections.Immutable.ImmutableDictionary<string, Core.Data.ColumnKind>.Empty,
        });
        var aligned = TableAligner.Align(inferred.Schema, real, synthetic, holdout);
        var warnings = inferred.Warnings.Concat(aligned.Warnings).ToList();
        if (holdout is null)
        {
            warnings.Add(NoHoldoutWarning);
        }

        var inputs = ImmutableArray.CreateBuilder<InputInfo>();
        inputs.Add(Info("real", request.RealPath, real));
        var syntheticInfo = Info("synthetic", request.SyntheticPath, synthetic);
        inputs.Add(syntheticInfo);
        if (holdout is not null)
        {
            inputs.Add(Info("holdout", request.HoldoutPath!, holdout));
        }

        var input = new AuditInput(aligned.Real, aligned.Synthetic!, aligned.Holdout, inferred.Schema);
        // Bind the card before the warning list is copied, so its warnings (seeded run, changed file) reach the result.
        var dp = DpCard.Bind(card, syntheticInfo, warnings);
        return new LoadedAudit(input, inputs.ToImmutable(), [.. warnings], dp);
    }

    /// <summary>Runs the metrics on loaded inputs.</summary>
    public static AuditResult Run(AuditRequest request, LoadedAudit loaded, SharedComputations? shared, Action<string>? progress, CancellationToken ct)
    {
        var context = new MetricContext(new SeedSource(request.Seed), request.BootstrapResamples, shared: shared);
        var settings = ImmutableArray.Create(
            Setting("bootstrapResamples", request.BootstrapResamples.ToString(CultureInfo.InvariantCulture)),
            Setting("confidenceLevel", context.ConfidenceLevel.ToString(CultureInfo.InvariantCulture)),
            Setting("target", request.Target ?? string.Empty),
            Setting("sensitive", string.Join(",", request.Sensitive)),
            Setting("exclude", string.Join(",", request.Exclude)),
            Setting("attacks", request.Attacks.Describe()),
            Setting("config", request.ConfigPath is null ? string.Empty : request.ConfigPath + " (sha256 " + AtomicFile.Sha256(request.ConfigPath) + ")"));
        var provenance = new AuditProvenance(loaded.Inputs, DateTimeOffset.UtcNow)
        {
            DatasetName = request.DatasetName ?? Path.GetFileNameWithoutExtension(request.RealPath),
            CommandLine = request.CommandLine,
            Warnings = loaded.Warnings,
            Settings = settings,
            DpGuarantee = loaded.Dp.Guarantee,
            DpGuaranteeRejected = loaded.Dp.Rejected,
        };
        return AuditRunner.Run(loaded.Input, context, provenance, MetricRegistry.Create(request.Attacks), progress, ct);
    }

    private static KeyValuePair<string, string> Setting(string key, string value) => new(key, value);

    /// <summary>The provenance record of one input file.</summary>
    public static InputInfo Info(string role, string path, CsvFile file) =>
        new(role, path, AtomicFile.Sha256(path), file.RowCount, file.Columns.Length);
}
