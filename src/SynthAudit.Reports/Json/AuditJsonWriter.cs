using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Provenance;
using SynthAudit.Core.Results;

namespace SynthAudit.Reports.Json;

/// <summary>Writes an <see cref="AuditResult"/> as audit.json (docs/contract.md): a fixed key order, invariant numbers, no NaN.</summary>
/// <remarks>Keys beyond the contract (datasetName, commandLine, settings, dpGuarantee; per metric ciMethod, warnings,
/// figures) are additions that scripts may ignore. Same result gives the same bytes.</remarks>
public static class AuditJsonWriter
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="writer"/>.</summary>
    public static void Write(AuditResult result, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", result.SchemaVersion);
        writer.WriteStartObject("tool");
        writer.WriteString("name", result.Tool.Name);
        writer.WriteString("version", result.Tool.Version);
        writer.WriteEndObject();
        writer.WriteString("createdUtc", result.CreatedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        writer.WriteNumber("seed", result.Seed);
        writer.WriteString("datasetName", result.DatasetName);
        if (result.CommandLine is not null)
        {
            writer.WriteString("commandLine", result.CommandLine);
        }

        writer.WriteStartArray("inputs");
        foreach (var input in result.Inputs)
        {
            writer.WriteStartObject();
            writer.WriteString("role", input.Role);
            writer.WriteString("path", input.Path);
            writer.WriteString("sha256", input.Sha256);
            writer.WriteNumber("rows", input.Rows);
            writer.WriteNumber("columns", input.Columns);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("schema");
        foreach (var column in result.Schema)
        {
            writer.WriteStartObject();
            writer.WriteString("name", column.Name);
            writer.WriteString("kind", JsonNames.Kind(column.Kind));
            writer.WriteString("role", JsonNames.Role(column.Role));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("settings");
        foreach (var (key, value) in result.Settings)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("metrics");
        foreach (var metric in result.Metrics)
        {
            WriteMetric(writer, metric);
        }

        writer.WriteEndArray();
        WriteSummary(writer, result.Summary);
        if (result.DpGuarantee is { } dp)
        {
            WriteGuarantee(writer, dp);
        }

        if (result.DpGuaranteeRejected is { } rejected)
        {
            writer.WriteString("dpGuaranteeRejected", rejected);
        }

        writer.WriteStartArray("warnings");
        foreach (var warning in result.Warnings)
        {
            writer.WriteStringValue(warning);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Options for an indented, readable file (non-ASCII kept as is, HTML-sensitive characters escaped).</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void WriteMetric(Utf8JsonWriter w, MetricResult m)
    {
        w.WriteStartObject();
        w.WriteString("id", m.Metric.Id);
        w.WriteString("family", JsonNames.Family(m.Metric.Family));
        w.WriteString("name", m.Metric.Name);
        WriteNumberOrNull(w, "value", m.Value);
        WriteCi(w, "ci", m.Ci);
        w.WriteStartArray("range");
        WriteNumberOrNullValue(w, m.Metric.Range.Min);
        WriteNumberOrNullValue(w, m.Metric.Range.Max);
        w.WriteEndArray();
        w.WriteString("direction", JsonNames.Direction(m.Metric.Direction));
        WriteNumberOrNull(w, "baseline", m.Baseline);
        w.WriteStartArray("breakdown");
        foreach (var e in m.Breakdown)
        {
            w.WriteStartObject();
            w.WriteString("key", e.Key);
            WriteNumberOrNull(w, "value", e.Value);
            if (e.Ci is not null)
            {
                WriteCi(w, "ci", e.Ci);
            }

            if (e.Baseline is not null)
            {
                WriteNumberOrNull(w, "baseline", e.Baseline);
            }

            if (e.Note is not null)
            {
                w.WriteString("note", e.Note);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("status", JsonNames.Status(m.Status));
        if (m.Reason is null)
        {
            w.WriteNull("reason");
        }
        else
        {
            w.WriteString("reason", m.Reason);
        }

        if (m.CiMethod is not null)
        {
            w.WriteString("ciMethod", m.CiMethod);
        }

        if (!m.Warnings.IsDefaultOrEmpty)
        {
            w.WriteStartArray("warnings");
            foreach (var warning in m.Warnings)
            {
                w.WriteStringValue(warning);
            }

            w.WriteEndArray();
        }

        if (!m.Figures.IsDefaultOrEmpty)
        {
            w.WriteStartArray("figures");
            foreach (var f in m.Figures)
            {
                WriteFigure(w, f);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter w, FigureData f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("title", f.Title);
        w.WriteString("kind", JsonNames.Figure(f.Kind));
        w.WriteString("xLabel", f.XLabel);
        w.WriteString("yLabel", f.YLabel);
        w.WriteStartArray("categories");
        foreach (var c in f.Categories.IsDefault ? [] : f.Categories)
        {
            w.WriteStringValue(c);
        }

        w.WriteEndArray();
        w.WriteStartArray("series");
        foreach (var s in f.Series)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.WriteStartArray("x");
            foreach (var x in s.X.IsDefault ? [] : s.X)
            {
                WriteNumberOrNullValue(w, x);
            }

            w.WriteEndArray();
            w.WriteStartArray("y");
            foreach (var y in s.Y.IsDefault ? [] : s.Y)
            {
                WriteNumberOrNullValue(w, y);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, AuditSummary s)
    {
        w.WriteStartObject("summary");
        w.WriteStartArray("families");
        foreach (var f in s.Families)
        {
            w.WriteStartObject();
            w.WriteString("family", JsonNames.Family(f.Family));
            w.WriteString("verdict", f.Verdict);
            w.WriteString("metric", f.HeadlineMetricId);
            WriteNumberOrNull(w, "value", f.Value);
            WriteCi(w, "ci", f.Ci);
            w.WriteString("sentence", f.Sentence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("gdpr");
        foreach (var g in s.Gdpr)
        {
            w.WriteStartObject();
            w.WriteString("criterion", g.Criterion);
            w.WriteString("level", g.Level);
            w.WriteString("metric", g.MetricId);
            WriteNumberOrNull(w, "risk", g.Risk);
            WriteCi(w, "ci", g.Ci);
            w.WriteString("rule", g.Rule);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (s.Membership is null)
        {
            w.WriteNull("membership");
        }
        else
        {
            w.WriteString("membership", s.Membership);
        }

        w.WriteEndObject();
    }

    private static void WriteGuarantee(Utf8JsonWriter w, DpGuarantee dp)
    {
        w.WriteStartObject("dpGuarantee");
        w.WriteString("mechanism", dp.Mechanism);
        w.WriteNumber("epsilon", dp.Epsilon);
        w.WriteNumber("delta", dp.Delta);
        w.WriteNumber("rho", dp.Rho);
        w.WriteString("conversion", dp.Conversion);
        w.WriteString("neighbouring", dp.Neighbouring);
        w.WriteString("unit", dp.Unit);
        w.WriteString("randomness", dp.Randomness);
        w.WriteString("domainSha256", dp.DomainSha256);
        w.WriteString("domainSource", dp.DomainSource);
        w.WriteNumber("rows", dp.Rows);
        w.WriteString("dataSha256", dp.DataSha256);
        w.WriteNumber("measurements", dp.Measurements.Length);
        w.WriteNumber("ledgerEntries", dp.Ledger.Length);
        if (dp.Seed is { } seed)
        {
            w.WriteNumber("seed", seed);
        }

        w.WriteString("toolVersion", dp.ToolVersion);
        w.WriteStartArray("marginals");
        foreach (var m in dp.Measurements)
        {
            w.WriteStartObject();
            w.WriteStartArray("columns");
            foreach (var c in m.Columns)
            {
                w.WriteStringValue(c);
            }

            w.WriteEndArray();
            w.WriteNumber("noiseScale", m.NoiseScale);
            w.WriteNumber("cells", m.Cells);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("ledger");
        foreach (var l in dp.Ledger)
        {
            w.WriteStartObject();
            w.WriteString("purpose", l.Purpose);
            w.WriteString("mechanism", l.Mechanism);
            w.WriteNumber("rho", l.Rho);
            w.WriteString("detail", l.Detail);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("warnings");
        foreach (var warning in dp.Warnings)
        {
            w.WriteStringValue(warning);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCi(Utf8JsonWriter w, string name, ConfidenceInterval? ci)
    {
        if (ci is not { } c)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("low", c.Low);
        w.WriteNumber("high", c.High);
        w.WriteNumber("level", c.Level);
        w.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, double? value)
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

    private static void WriteNumberOrNullValue(Utf8JsonWriter w, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumberValue(value);
        }
        else
        {
            w.WriteNullValue();
        }
    }
}
