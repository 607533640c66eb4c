using System.Globalization;
using System.Text.Json;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Reports.Json;

namespace SynthAudit.Cli.Comparing;

/// <summary>Writes a <see cref="ComparisonResult"/> as compare.json: fixed key order, invariant numbers, no NaN.</summary>
/// <remarks>Layout: <c>schemaVersion</c>, <c>tool</c>, <c>createdUtc</c>, <c>seed</c>, <c>datasetName</c>, <c>generators</c> (name,
/// synthetic input, per-family rank, family verdicts, the path of its own audit.json), <c>leaderboard</c> (per metric: id, family,
/// name, direction and one cell per generator with value, ci, rank, significantlyBetterThan), <c>tradeOff</c> (fidelity, worst
/// privacy risk, onFrontier), <c>significance</c> (how significance was judged) and <c>warnings</c>. Same result, same bytes.</remarks>
internal static class ComparisonJsonWriter
{
    /// <summary>The file name of a generator's own audit, relative to the output folder.</summary>
    public static string AuditFileOf(string generator) => generator + "/audit.json";

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/> (left open), followed by a newline.</summary>
    public static async Task WriteAsync(ComparisonResult result, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var w = new Utf8JsonWriter(output, AuditJsonWriter.WriterOptions);
        await using (w.ConfigureAwait(false))
        {
            Write(result, w);
            await w.FlushAsync(ct).ConfigureAwait(false);
        }

        output.WriteByte((byte)'\n');
    }

    private static void Write(ComparisonResult result, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", result.SchemaVersion);
        w.WriteStartObject("tool");
        w.WriteString("name", result.Tool.Name);
        w.WriteString("version", result.Tool.Version);
        w.WriteEndObject();
        w.WriteString("createdUtc", result.CreatedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        w.WriteNumber("seed", result.Seed);
        w.WriteString("datasetName", result.DatasetName);
        w.WriteStartArray("generators");
        foreach (var g in result.Generators)
        {
            w.WriteStartObject();
            w.WriteString("name", g.Name);
            if (g.Audit.Inputs.FirstOrDefault(i => i.Role == "synthetic") is { } synthetic)
            {
                w.WriteString("path", synthetic.Path);
                w.WriteString("sha256", synthetic.Sha256);
                w.WriteNumber("rows", synthetic.Rows);
            }

            w.WriteString("audit", AuditFileOf(g.Name));
            w.WriteStartObject("familyRanks");
            foreach (var (family, rank) in g.FamilyRanks)
            {
                w.WriteNumber(JsonNames.Family(family), rank);
            }

            w.WriteEndObject();
            w.WriteStartArray("summary");
            foreach (var f in g.Audit.Summary.Families)
            {
                w.WriteStartObject();
                w.WriteString("family", JsonNames.Family(f.Family));
                w.WriteString("verdict", f.Verdict);
                w.WriteString("metric", f.HeadlineMetricId);
                Number(w, "value", f.Value);
                Ci(w, f.Ci);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("leaderboard");
        foreach (var row in result.Leaderboard)
        {
            w.WriteStartObject();
            w.WriteString("id", row.Metric.Id);
            w.WriteString("family", JsonNames.Family(row.Metric.Family));
            w.WriteString("name", row.Metric.Name);
            w.WriteString("direction", JsonNames.Direction(row.Metric.Direction));
            w.WriteStartArray("cells");
            foreach (var cell in row.Cells)
            {
                w.WriteStartObject();
                w.WriteString("generator", cell.Generator);
                Number(w, "value", cell.Value);
                Ci(w, cell.Ci);
                if (cell.Rank is { } rank)
                {
                    w.WriteNumber("rank", rank);
                }
                else
                {
                    w.WriteNull("rank");
                }

                w.WriteStartArray("significantlyBetterThan");
                foreach (var other in cell.SignificantlyBetterThan)
                {
                    w.WriteStringValue(other);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("tradeOff");
        foreach (var p in result.TradeOff)
        {
            w.WriteStartObject();
            w.WriteString("generator", p.Generator);
            Number(w, "fidelity", p.Fidelity);
            Number(w, "privacyRisk", p.PrivacyRisk);
            w.WriteBoolean("onFrontier", p.OnFrontier);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("significance", ComparisonBuilder.SignificanceNote);
        w.WriteStartArray("warnings");
        foreach (var warning in result.Warnings)
        {
            w.WriteStringValue(warning);
        }

        w.WriteEndArray();
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

    private static void Ci(Utf8JsonWriter w, ConfidenceInterval? ci)
    {
        if (ci is not { } c)
        {
            w.WriteNull("ci");
            return;
        }

        w.WriteStartObject("ci");
        w.WriteNumber("low", c.Low);
        w.WriteNumber("high", c.High);
        w.WriteNumber("level", c.Level);
        w.WriteEndObject();
    }
}
