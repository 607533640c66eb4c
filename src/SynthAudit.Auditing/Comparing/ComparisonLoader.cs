using System.Collections.Immutable;
using SynthAudit.Auditing.Pipeline;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Core.Schema;

namespace SynthAudit.Auditing.Comparing;

/// <summary>Reads the real and holdout files once, infers the schema once, and aligns every synthetic file onto the same
/// real and holdout tables.</summary>
/// <remarks>Every audit of a comparison gets the very same real and holdout <see cref="Table"/> objects and schema, so the
/// <see cref="AnalysisScope.RealData"/> analyses kept in one <see cref="RealDataAnalyses"/> are reused by every synthetic set.
/// Categorical columns get one level list for all tables (real and holdout levels first, then each synthetic set's new
/// categories in command-line order), so a code means the same value in every table of the comparison. A category that
/// occurs in no real row adds an empty level; level-based metrics give it zero weight.</remarks>
internal static class ComparisonLoader
{
    /// <summary>Loads the real/holdout data of <paramref name="request"/> (its synthetic path is ignored) and every synthetic set.</summary>
    public static ComparisonInputs Load(AuditRequest request, IReadOnlyList<SyntheticSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(specs);
        // Every card first: a malformed or partial card fails before any data is read.
        var cards = specs.Select(s => s.Table.Path is { } file ? DpCard.Read(file) : null).ToList();

        // The same reading step as a single audit (AuditPipeline.Read), so each generator's audit.json equals
        // synthaudit audit on that file.
        var options = request.CsvOptions ?? CsvReadOptions.Default;
        var realSource = AuditPipeline.Read(request.Real, options);
        ThreatModelCheck.Check(request.ThreatModel, realSource.File);
        var holdoutSource = request.Holdout is { } h ? AuditPipeline.Read(h, options) : null;
        var syntheticSources = specs.Select(s => AuditPipeline.Read(s.Table, options)).ToList();
        var (real, holdout) = (realSource.File, holdoutSource?.File);
        var synthetics = syntheticSources.Select(s => s.File).ToList();
        var inferred = SchemaInference.Infer(real, new SchemaOptions
        {
            Target = request.Target,
            Sensitive = [.. request.Sensitive],
            Exclude = [.. request.Exclude],
            Kinds = request.Kinds ?? ImmutableDictionary<string, ColumnKind>.Empty,
        });
        var schema = inferred.Schema;
        MarginalEngines.CheckColumns(request, schema);
        var warnings = new List<string>(inferred.Warnings);
        warnings.AddRange(ThreatModelCheck.Warnings(request.ThreatModel, schema));
        var baseline = TableAligner.Align(schema, real, null, holdout);
        warnings.AddRange(baseline.Warnings);

        // Core's aligner validates each synthetic file and reports its new categories; the real side it re-converts is
        // discarded (a linear pass) in favour of the one shared real table built below.
        if (holdout is null)
        {
            warnings.Add(AuditPipeline.NoHoldoutWarning);
        }

        if (request.BootstrapResamples < AuditOptions.MinUsableBootstrapResamples)
        {
            warnings.Add(AuditPipeline.BootstrapWarning(request.BootstrapResamples));
        }

        RoleOverlap.Check(realSource, holdoutSource, request.AllowOverlap, warnings);

        // Each set's own warnings go to its own audit.json; the comparison lists them prefixed with the set's name.
        var common = warnings.ToList();
        var own = new List<List<string>>();
        for (var i = 0; i < synthetics.Count; i++)
        {
            var a = TableAligner.Align(schema, real, synthetics[i], holdout);
            var mine = a.Warnings.Where(w => !baseline.Warnings.Contains(w)).ToList();
            mine.AddRange(RoleOverlap.SameFile(realSource, syntheticSources[i], holdoutSource));
            own.Add(mine);
            warnings.AddRange(mine.Select(w => specs[i].Name + ": " + w));
        }

        // One alignment of every file gives all tables a single level list per column, so codes mean the same everywhere.
        var shared = TableAligner.AlignAll(schema, real, synthetics, holdout);
        var (sharedReal, sharedHoldout, syntheticTables) = (shared.Real, shared.Holdout, shared.Synthetics);
        var realInfo = AuditPipeline.Info("real", realSource);
        var holdoutInfo = holdoutSource is null ? null : AuditPipeline.Info("holdout", holdoutSource);
        var inputs = ImmutableArray.CreateBuilder<InputInfo>();
        inputs.Add(realInfo);
        if (holdoutInfo is not null)
        {
            inputs.Add(holdoutInfo);
        }

        var generators = ImmutableArray.CreateBuilder<(SyntheticSpec, LoadedAudit)>();
        for (var i = 0; i < specs.Count; i++)
        {
            var syntheticInfo = AuditPipeline.Info("synthetic", syntheticSources[i]);
            inputs.Add(syntheticInfo with { Role = "synthetic:" + specs[i].Name });
            var setWarnings = new List<string>(common);
            setWarnings.AddRange(own[i]);
            var dp = DpCard.Bind(cards[i], syntheticInfo, setWarnings);
            var auditInputs = holdoutInfo is null ? ImmutableArray.Create(realInfo, syntheticInfo) : ImmutableArray.Create(realInfo, syntheticInfo, holdoutInfo);
            var input = new AuditInput(sharedReal, syntheticTables[i], sharedHoldout, schema);
            generators.Add((specs[i], new LoadedAudit(input, auditInputs, [.. setWarnings.Distinct(StringComparer.Ordinal)], dp)));
        }

        return new ComparisonInputs(generators.ToImmutable(), inputs.ToImmutable(), [.. warnings.Distinct(StringComparer.Ordinal)]);
    }
}
