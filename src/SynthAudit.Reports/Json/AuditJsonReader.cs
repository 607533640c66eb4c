using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Provenance;
using SynthAudit.Core.Results;
using SynthAudit.Core.Schema;

namespace SynthAudit.Reports.Json;

/// <summary>Reads an audit.json back into an <see cref="AuditResult"/> (for <c>gate</c> and <c>compare</c>).</summary>
/// <remarks>Everything the writer writes is read back, so writing what was read gives the same bytes.</remarks>
public static class AuditJsonReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, not JSON, not an audit, or from a newer schema version.</exception>
    public static AuditResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException(path, "file not found");
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var doc = JsonDocument.Parse(stream);
            return Parse(doc.RootElement, path);
        }
        catch (JsonException ex)
        {
            throw new InputException(path, "is not valid JSON" + (ex.LineNumber is { } l ? string.Create(CultureInfo.InvariantCulture, $" (line {l + 1})") : string.Empty), inner: ex);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new InputException(path, "is not an audit.json written by synthaudit (" + ex.Message + ")", inner: ex);
        }
    }

    private static AuditResult Parse(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schemaVersion", out var versionElement))
        {
            throw new InputException(path, "is not an audit.json (no schemaVersion)");
        }

        var version = versionElement.GetInt32();
        if (version > AuditResult.CurrentSchemaVersion)
        {
            throw new InputException(path, string.Create(CultureInfo.InvariantCulture,
                $"has schemaVersion {version}, newer than this synthaudit understands ({AuditResult.CurrentSchemaVersion}); upgrade synthaudit"));
        }

        var tool = root.GetProperty("tool");
        var inputs = root.GetProperty("inputs").EnumerateArray().Select(i => new InputInfo(
            i.GetProperty("role").GetString()!, i.GetProperty("path").GetString()!, i.GetProperty("sha256").GetString()!,
            i.GetProperty("rows").GetInt32(), i.GetProperty("columns").GetInt32())).ToImmutableArray();
        var schema = root.GetProperty("schema").EnumerateArray().Select(c => new ColumnSchema(
            c.GetProperty("name").GetString()!, JsonNames.ParseKind(c.GetProperty("kind").GetString()!),
            JsonNames.ParseRole(c.GetProperty("role").GetString()!))).ToImmutableArray();
        var metrics = root.GetProperty("metrics").EnumerateArray().Select(ParseMetric).ToImmutableArray();
        var summary = ParseSummary(root.GetProperty("summary"));
        var warnings = root.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToImmutableArray();
        var created = DateTimeOffset.Parse(root.GetProperty("createdUtc").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return new AuditResult(version, new ToolInfo(tool.GetProperty("name").GetString()!, tool.GetProperty("version").GetString()!),
            created, root.GetProperty("seed").GetInt64(), inputs, schema, metrics, summary, warnings)
        {
            DatasetName = root.TryGetProperty("datasetName", out var name) ? name.GetString() ?? "dataset" : "dataset",
            CommandLine = root.TryGetProperty("commandLine", out var cmd) ? cmd.GetString() : null,
            Settings = root.TryGetProperty("settings", out var settings) && settings.ValueKind == JsonValueKind.Object
                ? [.. settings.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString() ?? string.Empty))]
                : ImmutableArray<KeyValuePair<string, string>>.Empty,
            DpGuarantee = root.TryGetProperty("dpGuarantee", out var dp) && dp.ValueKind == JsonValueKind.Object ? ParseGuarantee(dp) : null,
            DpGuaranteeRejected = root.TryGetProperty("dpGuaranteeRejected", out var rejected) && rejected.ValueKind == JsonValueKind.String ? rejected.GetString() : null,
        };
    }

    private static MetricResult ParseMetric(JsonElement m)
    {
        var range = m.GetProperty("range");
        var descriptor = new MetricDescriptor(m.GetProperty("id").GetString()!, JsonNames.ParseFamily(m.GetProperty("family").GetString()!),
            m.GetProperty("name").GetString()!,
            new ValueRange(NumberOr(range[0], double.NegativeInfinity), NumberOr(range[1], double.PositiveInfinity)),
            JsonNames.ParseDirection(m.GetProperty("direction").GetString()!), MetricRequirements.None);
        var status = string.Equals(m.GetProperty("status").GetString(), "ok", StringComparison.Ordinal) ? MetricStatus.Ok : MetricStatus.Skipped;
        var breakdown = m.GetProperty("breakdown").EnumerateArray().Select(e => new BreakdownEntry(
            e.GetProperty("key").GetString()!, NullableNumber(e, "value"), e.TryGetProperty("ci", out var ci) ? ParseCi(ci) : null,
            NullableNumber(e, "baseline"), e.TryGetProperty("note", out var note) ? note.GetString() : null)).ToImmutableArray();
        return new MetricResult(descriptor, status, NullableNumber(m, "value"), ParseCi(m.GetProperty("ci")), NullableNumber(m, "baseline"),
            breakdown, m.TryGetProperty("reason", out var reason) ? reason.GetString() : null)
        {
            CiMethod = m.TryGetProperty("ciMethod", out var method) ? method.GetString() : null,
            Warnings = Strings(m, "warnings"),
            Figures = m.TryGetProperty("figures", out var figures) ? [.. figures.EnumerateArray().Select(ParseFigure)] : ImmutableArray<FigureData>.Empty,
        };
    }

    private static FigureData ParseFigure(JsonElement f) => new(
        f.GetProperty("id").GetString()!, f.GetProperty("title").GetString()!, JsonNames.ParseFigure(f.GetProperty("kind").GetString()!),
        f.GetProperty("xLabel").GetString()!, f.GetProperty("yLabel").GetString()!, Strings(f, "categories"),
        [.. f.GetProperty("series").EnumerateArray().Select(s => new FigureSeries(s.GetProperty("name").GetString()!,
            [.. s.GetProperty("x").EnumerateArray().Select(x => NumberOr(x, double.NaN))], [.. s.GetProperty("y").EnumerateArray().Select(y => NumberOr(y, double.NaN))]))]);

    private static DpGuarantee ParseGuarantee(JsonElement dp)
    {
        var marginals = dp.TryGetProperty("marginals", out var m)
            ? [.. m.EnumerateArray().Select(x => new DpMeasurement(Strings(x, "columns"), x.GetProperty("noiseScale").GetDouble(), x.GetProperty("cells").GetInt64()))]
            : ImmutableArray<DpMeasurement>.Empty;
        var ledger = dp.TryGetProperty("ledger", out var l)
            ? [.. l.EnumerateArray().Select(x => new DpLedgerEntry(x.GetProperty("purpose").GetString()!, x.GetProperty("mechanism").GetString()!,
                x.GetProperty("rho").GetDouble(), x.GetProperty("detail").GetString()!))]
            : ImmutableArray<DpLedgerEntry>.Empty;
        return new DpGuarantee(dp.GetProperty("mechanism").GetString()!, dp.GetProperty("epsilon").GetDouble(), dp.GetProperty("delta").GetDouble(),
            dp.GetProperty("rho").GetDouble(), marginals, dp.GetProperty("domainSha256").GetString()!, dp.GetProperty("domainSource").GetString()!, ledger)
        {
            Conversion = dp.GetProperty("conversion").GetString()!,
            Neighbouring = dp.GetProperty("neighbouring").GetString()!,
            Unit = dp.GetProperty("unit").GetString()!,
            Seed = dp.TryGetProperty("seed", out var seed) && seed.ValueKind == JsonValueKind.Number ? seed.GetInt64() : null,
            Rows = dp.GetProperty("rows").GetInt64(),
            DataSha256 = dp.TryGetProperty("dataSha256", out var data) ? data.GetString() ?? string.Empty : string.Empty,
            ToolVersion = dp.TryGetProperty("toolVersion", out var v) ? v.GetString() ?? string.Empty : string.Empty,
            Warnings = Strings(dp, "warnings"),
        };
    }

    private static ImmutableArray<string> Strings(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array
            ? [.. a.EnumerateArray().Select(x => x.GetString() ?? string.Empty)]
            : ImmutableArray<string>.Empty;

    private static AuditSummary ParseSummary(JsonElement s)
    {
        var families = s.GetProperty("families").EnumerateArray().Select(f => new FamilyVerdict(
            JsonNames.ParseFamily(f.GetProperty("family").GetString()!), f.GetProperty("verdict").GetString()!, f.GetProperty("metric").GetString()!,
            NullableNumber(f, "value"), ParseCi(f.GetProperty("ci")), f.GetProperty("sentence").GetString()!)).ToImmutableArray();
        var gdpr = s.GetProperty("gdpr").EnumerateArray().Select(g => new GdprCriterionAssessment(
            g.GetProperty("criterion").GetString()!, g.GetProperty("level").GetString()!, g.GetProperty("metric").GetString()!,
            NullableNumber(g, "risk"), ParseCi(g.GetProperty("ci")), g.GetProperty("rule").GetString()!)).ToImmutableArray();
        return new AuditSummary(families, gdpr, s.TryGetProperty("membership", out var mem) ? mem.GetString() : null);
    }

    private static ConfidenceInterval? ParseCi(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object
            ? new ConfidenceInterval(e.GetProperty("low").GetDouble(), e.GetProperty("high").GetDouble(), e.GetProperty("level").GetDouble())
            : null;

    private static double? NullableNumber(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Number ? e.GetDouble() : null;

    private static double NumberOr(JsonElement e, double fallback) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : fallback;
}
