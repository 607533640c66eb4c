using System.Collections.Immutable;
using SynthAudit.Cli.Auditing;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.IO;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Core.Schema;

namespace SynthAudit.Cli.Comparing;

/// <summary>Reads the real and holdout files once, infers the schema once, and aligns every synthetic file onto the same
/// real and holdout tables.</summary>
/// <remarks>Every audit of a comparison gets the very same real and holdout <see cref="Table"/> objects, so work that the
/// metric families cache under real-only keys in <see cref="SharedComputations"/> is valid for every synthetic set.
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
        var options = CsvReadOptions.Default;
        var real = CsvTableReader.Read(request.RealPath, options);
        var holdout = request.HoldoutPath is null ? null : CsvTableReader.Read(request.HoldoutPath, options);
        var synthetics = specs.Select(s => CsvTableReader.Read(s.Path, options)).ToList();
        var inferred = SchemaInference.Infer(real, new SchemaOptions
        {
            Target = request.Target,
            Sensitive = [.. request.Sensitive],
            Exclude = [.. request.Exclude],
        });
        var schema = inferred.Schema;
        var warnings = new List<string>(inferred.Warnings);
        var baseline = TableAligner.Align(schema, real, null, holdout);
        warnings.AddRange(baseline.Warnings);

        // Core's aligner validates each synthetic file and reports its new categories; the real side it re-converts is
        // discarded (a linear pass) in favour of the one shared real table built below.
        var aligned = new List<AlignedTables>();
        for (var i = 0; i < synthetics.Count; i++)
        {
            var a = TableAligner.Align(schema, real, synthetics[i], holdout);
            aligned.Add(a);
            warnings.AddRange(a.Warnings.Where(w => !baseline.Warnings.Contains(w)).Select(w => specs[i].Name + ": " + w));
        }

        if (holdout is null)
        {
            warnings.Add("no --holdout given: membership-inference, DCR and attack-based privacy metrics are skipped, and utility holds out 30% of the real data");
        }

        var (sharedReal, sharedHoldout, syntheticTables) = Unify(baseline, aligned);
        var realInfo = Info("real", request.RealPath, real);
        var holdoutInfo = holdout is null ? null : Info("holdout", request.HoldoutPath!, holdout);
        var inputs = ImmutableArray.CreateBuilder<InputInfo>();
        inputs.Add(realInfo);
        if (holdoutInfo is not null)
        {
            inputs.Add(holdoutInfo);
        }

        var generators = ImmutableArray.CreateBuilder<(SyntheticSpec, LoadedAudit)>();
        for (var i = 0; i < specs.Count; i++)
        {
            var syntheticInfo = Info("synthetic", specs[i].Path, synthetics[i]);
            inputs.Add(syntheticInfo with { Role = "synthetic:" + specs[i].Name });
            var own = new List<string>(warnings);
            var dp = DpCard.TryRead(specs[i].Path, own);
            var auditInputs = holdoutInfo is null ? ImmutableArray.Create(realInfo, syntheticInfo) : ImmutableArray.Create(realInfo, syntheticInfo, holdoutInfo);
            var input = new AuditInput(sharedReal, syntheticTables[i], sharedHoldout, schema);
            generators.Add((specs[i], new LoadedAudit(input, auditInputs, [.. own.Distinct(StringComparer.Ordinal)], dp)));
        }

        return new ComparisonInputs(generators.ToImmutable(), inputs.ToImmutable(), [.. warnings.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>Gives every categorical column one level list across the real, holdout and all synthetic tables.</summary>
    private static (Table Real, Table? Holdout, List<Table> Synthetic) Unify(AlignedTables baseline, List<AlignedTables> aligned)
    {
        var realColumns = new List<Column>();
        var holdoutColumns = new List<Column>();
        var syntheticColumns = aligned.Select(_ => new List<Column>()).ToList();
        for (var c = 0; c < baseline.Real.ColumnCount; c++)
        {
            if (baseline.Real.Columns[c] is not CategoricalColumn realColumn)
            {
                realColumns.Add(baseline.Real.Columns[c]);
                if (baseline.Holdout is { } h)
                {
                    holdoutColumns.Add(h.Columns[c]);
                }

                for (var i = 0; i < aligned.Count; i++)
                {
                    syntheticColumns[i].Add(aligned[i].Synthetic!.Columns[c]);
                }

                continue;
            }

            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var levels = new List<string>();
            foreach (var level in realColumn.Levels)
            {
                // Real and holdout codes index this prefix unchanged (the aligner's levels are distinct).
                index.Add(level, levels.Count);
                levels.Add(level);
            }

            var remapped = new List<int[]>();
            foreach (var a in aligned)
            {
                var column = (CategoricalColumn)a.Synthetic!.Columns[c];
                var map = new int[column.Levels.Length];
                for (var k = 0; k < map.Length; k++)
                {
                    if (!index.TryGetValue(column.Levels[k], out map[k]))
                    {
                        map[k] = levels.Count;
                        index.Add(column.Levels[k], levels.Count);
                        levels.Add(column.Levels[k]);
                    }
                }

                var codes = new int[column.Codes.Length];
                for (var r = 0; r < codes.Length; r++)
                {
                    codes[r] = column.Codes[r] < 0 ? CategoricalColumn.MissingCode : map[column.Codes[r]];
                }

                remapped.Add(codes);
            }

            var shared = levels.ToImmutableArray();
            realColumns.Add(new CategoricalColumn(realColumn.Name, realColumn.Codes, shared, realColumn.Kind));
            if (baseline.Holdout is { } holdout)
            {
                var holdoutColumn = (CategoricalColumn)holdout.Columns[c];
                holdoutColumns.Add(new CategoricalColumn(holdoutColumn.Name, holdoutColumn.Codes, shared, holdoutColumn.Kind));
            }

            for (var i = 0; i < aligned.Count; i++)
            {
                syntheticColumns[i].Add(new CategoricalColumn(realColumn.Name, remapped[i], shared, realColumn.Kind));
            }
        }

        var real = new Table(baseline.Real.Name, realColumns);
        var holdoutTable = baseline.Holdout is null ? null : new Table(baseline.Holdout.Name, holdoutColumns);
        var synthetic = aligned.Select((a, i) => new Table(a.Synthetic!.Name, syntheticColumns[i])).ToList();
        return (real, holdoutTable, synthetic);
    }

    private static InputInfo Info(string role, string path, CsvFile file) =>
        new(role, path, AtomicFile.Sha256(path), file.RowCount, file.Columns.Length);
}
