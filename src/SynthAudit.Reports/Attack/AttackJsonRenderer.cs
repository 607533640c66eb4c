using System.Text.Json;
using SynthAudit.Core.Results.Attack;
using SynthAudit.Reports.Json;
using SynthAudit.Reports.Json.Documents;

namespace SynthAudit.Reports.Attack;

/// <summary>attack.json (docs/schema/attack.schema.json): the attack result, versioned (<see cref="AttackResult.CurrentSchemaVersion"/>),
/// camelCase like audit.json, through the source-generated documents of <see cref="ReportJsonContext"/>. Non-finite numbers are
/// written as null. Target row indices appear only when the result carries them (<c>--include-row-ids</c>).</summary>
public sealed class AttackJsonRenderer : IDocumentRenderer<AttackResult>
{
    /// <summary>The rule behind <c>exposure.targetsExposed</c>.</summary>
    public const string ExposureRule = "a target is exposed when its own AUC interval lies above 0.5";

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public async Task RenderAsync(AttackResult result, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new Utf8JsonWriter(output, AuditJsonWriter.WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            JsonSerializer.Serialize(writer, ToDocument(result), ReportJsonContext.Default.AttackDocument);
            await writer.FlushAsync(ct).ConfigureAwait(false);
        }

        output.WriteByte((byte)'\n');
    }

    private static AttackDocument ToDocument(AttackResult r)
    {
        var s = r.Setup;
        var e = r.Epsilon;
        var log = r.RunLog;
        return new AttackDocument
        {
            SchemaVersion = r.SchemaVersion,
            Tool = new ToolDocument { Name = r.Tool.Name, Version = r.Tool.Version },
            CreatedUtc = AuditDocumentMapper.Timestamp(r.CreatedUtc),
            DatasetName = r.DatasetName,
            CommandLine = r.CommandLine,
            ThreatModel = AttackResult.ThreatModel,
            Setup = new AttackSetupDocument
            {
                Targets = s.Targets,
                Runs = s.Runs,
                ShadowRows = s.ShadowRows,
                Seed = s.Seed,
                RealRows = s.RealRows,
                PopulationRows = s.PopulationRows,
                OutlierScore = s.OutlierScore,
                Builtin = s.Builtin,
                Epsilon = AuditDocumentMapper.Finite(s.Epsilon),
                Delta = AuditDocumentMapper.Finite(s.Delta),
                TimeoutSeconds = AuditDocumentMapper.Finite(s.TimeoutSeconds),
            },
            StrongestFamily = r.StrongestFamily,
            Pooled = Score(r.Pooled),
            Families = [.. r.Families.Select(f => new AttackFamilyDocument { Family = f.Family, Description = f.Description, Score = Score(f.Score) })],
            EmpiricalEpsilon = new EmpiricalEpsilonDocument
            {
                LowerBound = AuditDocumentMapper.Finite(e.LowerBound),
                Delta = AuditDocumentMapper.Finite(e.Delta),
                Confidence = AuditDocumentMapper.Finite(e.Confidence),
                Tests = e.Tests,
                Family = e.Family,
                GuessFraction = AuditDocumentMapper.Finite(e.GuessFraction),
                Canaries = e.Canaries,
                Guesses = e.Guesses,
                Correct = e.Correct,
                Method = e.Method,
                ClaimedEpsilon = AuditDocumentMapper.Finite(e.ClaimedEpsilon),
                ConsistentWithClaim = e.ConsistentWithClaim,
            },
            Exposure = new AttackExposureDocument { TargetsExposed = AttackText.ExposedTargets(r), Targets = r.Targets.Length, Rule = ExposureRule },
            Targets = [.. r.Targets.Select(t => new AttackTargetDocument
            {
                Number = t.Number,
                Selection = t.Selection,
                OutlierScore = AuditDocumentMapper.Finite(t.OutlierScore),
                RowIndex = t.RowIndex,
                EpsilonLowerBound = AuditDocumentMapper.Finite(t.EpsilonLowerBound),
                Score = Score(t.Score),
            })],
            Roc = [.. r.Roc.Select(p => new[] { p.Fpr, p.Tpr })],
            RunLog = new AttackRunLogDocument
            {
                Generator = log.Generator,
                RunsPlanned = log.RunsPlanned,
                RunsSucceeded = log.RunsSucceeded,
                Retries = log.Retries,
                Failures = [.. log.Failures.Select(f => new AttackRunFailureDocument { Run = f.Run, Reason = f.Reason })],
                WallSeconds = AuditDocumentMapper.Finite(Math.Round(log.WallSeconds, 3)),
                GeneratorSeconds = AuditDocumentMapper.Finite(Math.Round(log.GeneratorSeconds, 3)),
            },
            Warnings = [.. r.Warnings],
        };
    }

    private static AttackScoreDocument Score(AttackScore score) => new()
    {
        Auc = AuditDocumentMapper.Finite(score.Auc),
        AucCi = Interval(score.AucCi),
        Members = score.Members,
        NonMembers = score.NonMembers,
        TprAtFpr = [.. score.OperatingPoints.Select(p => new OperatingPointDocument
        {
            TargetFpr = p.TargetFpr,
            Tpr = AuditDocumentMapper.Finite(p.Tpr),
            TprCi = Interval(p.TprCi),
            Fpr = AuditDocumentMapper.Finite(p.Fpr),
            TruePositives = p.TruePositives,
            Positives = p.Positives,
            FalsePositives = p.FalsePositives,
            Negatives = p.Negatives,
            IntervalMethod = "clopper-pearson",
        })],
    };

    private static IntervalDocument? Interval(Core.Metrics.ConfidenceInterval? ci) =>
        ci is { } c && double.IsFinite(c.Low) && double.IsFinite(c.High) ? AuditDocumentMapper.Interval(c) : null;
}
