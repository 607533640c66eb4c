using System.Text.Json;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results.Attack;

namespace SynthAudit.Reports.Attack;

/// <summary>attack.json: the attack result, versioned (<see cref="AttackResult.CurrentSchemaVersion"/>), camelCase like
/// audit.json. Non-finite numbers are written as null. Target row indices appear only when the result carries them
/// (<c>--include-row-ids</c>).</summary>
public sealed class AttackJsonRenderer : IDocumentRenderer<AttackResult>
{
    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public async Task RenderAsync(AttackResult result, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        await using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", result.SchemaVersion);
        w.WriteStartObject("tool");
        w.WriteString("name", result.Tool.Name);
        w.WriteString("version", result.Tool.Version);
        w.WriteEndObject();
        w.WriteString("createdUtc", result.CreatedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("datasetName", result.DatasetName);
        if (result.CommandLine is not null)
        {
            w.WriteString("commandLine", result.CommandLine);
        }

        w.WriteString("threatModel", AttackResult.ThreatModel);
        var s = result.Setup;
        w.WriteStartObject("setup");
        w.WriteNumber("targets", s.Targets);
        w.WriteNumber("runs", s.Runs);
        w.WriteNumber("shadowRows", s.ShadowRows);
        w.WriteNumber("seed", s.Seed);
        w.WriteNumber("realRows", s.RealRows);
        w.WriteNumber("populationRows", s.PopulationRows);
        w.WriteString("outlierScore", s.OutlierScore);
        WriteStringOrNull(w, "builtin", s.Builtin);
        Number(w, "epsilon", s.Epsilon);
        Number(w, "delta", s.Delta);
        Number(w, "timeoutSeconds", s.TimeoutSeconds);
        w.WriteEndObject();
        w.WriteString("strongestFamily", result.StrongestFamily);
        w.WritePropertyName("pooled");
        Score(w, result.Pooled);
        w.WriteStartArray("families");
        foreach (var f in result.Families)
        {
            w.WriteStartObject();
            w.WriteString("family", f.Family);
            w.WriteString("description", f.Description);
            w.WritePropertyName("score");
            Score(w, f.Score);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        var e = result.Epsilon;
        w.WriteStartObject("empiricalEpsilon");
        Number(w, "lowerBound", e.LowerBound);
        Number(w, "delta", e.Delta);
        Number(w, "confidence", e.Confidence);
        w.WriteNumber("tests", e.Tests);
        w.WriteString("family", e.Family);
        Number(w, "guessFraction", e.GuessFraction);
        w.WriteNumber("canaries", e.Canaries);
        w.WriteNumber("guesses", e.Guesses);
        w.WriteNumber("correct", e.Correct);
        w.WriteString("method", e.Method);
        Number(w, "claimedEpsilon", e.ClaimedEpsilon);
        if (e.ConsistentWithClaim is { } ok)
        {
            w.WriteBoolean("consistentWithClaim", ok);
        }
        else
        {
            w.WriteNull("consistentWithClaim");
        }

        w.WriteEndObject();
        w.WriteStartArray("targets");
        foreach (var t in result.Targets)
        {
            w.WriteStartObject();
            w.WriteNumber("number", t.Number);
            w.WriteString("selection", t.Selection);
            Number(w, "outlierScore", t.OutlierScore);
            if (t.RowIndex is { } row)
            {
                w.WriteNumber("rowIndex", row);
            }

            w.WritePropertyName("score");
            Score(w, t.Score);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("roc");
        foreach (var p in result.Roc)
        {
            w.WriteStartArray();
            w.WriteNumberValue(p.Fpr);
            w.WriteNumberValue(p.Tpr);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        var log = result.RunLog;
        w.WriteStartObject("runLog");
        w.WriteString("generator", log.Generator);
        w.WriteNumber("runsPlanned", log.RunsPlanned);
        w.WriteNumber("runsSucceeded", log.RunsSucceeded);
        w.WriteNumber("retries", log.Retries);
        w.WriteStartArray("failures");
        foreach (var f in log.Failures)
        {
            w.WriteStartObject();
            w.WriteNumber("run", f.Run);
            w.WriteString("reason", f.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Number(w, "wallSeconds", Math.Round(log.WallSeconds, 3));
        Number(w, "generatorSeconds", Math.Round(log.GeneratorSeconds, 3));
        w.WriteEndObject();
        w.WriteStartArray("warnings");
        foreach (var warning in result.Warnings)
        {
            w.WriteStringValue(warning);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        await w.FlushAsync(ct).ConfigureAwait(false);
    }

    private static void Score(Utf8JsonWriter w, AttackScore score)
    {
        w.WriteStartObject();
        Number(w, "auc", score.Auc);
        Interval(w, "aucCi", score.AucCi);
        w.WriteNumber("members", score.Members);
        w.WriteNumber("nonMembers", score.NonMembers);
        w.WriteStartArray("tprAtFpr");
        foreach (var p in score.OperatingPoints)
        {
            w.WriteStartObject();
            Number(w, "targetFpr", p.TargetFpr);
            Number(w, "tpr", p.Tpr);
            Interval(w, "tprCi", p.TprCi);
            Number(w, "fpr", p.Fpr);
            w.WriteNumber("truePositives", p.TruePositives);
            w.WriteNumber("positives", p.Positives);
            w.WriteNumber("falsePositives", p.FalsePositives);
            w.WriteNumber("negatives", p.Negatives);
            w.WriteString("intervalMethod", "clopper-pearson");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Interval(Utf8JsonWriter w, string name, ConfidenceInterval? ci)
    {
        if (ci is not { } c)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        Number(w, "low", c.Low);
        Number(w, "high", c.High);
        Number(w, "level", c.Level);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
