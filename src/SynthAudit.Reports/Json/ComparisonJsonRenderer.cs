using System.Globalization;
using System.Text.Json;
using SynthAudit.Core.Results;

namespace SynthAudit.Reports.Json;

/// <summary>Renders compare.json: the leaderboard, ranks, trade-off and every generator's full audit (same shape as audit.json).</summary>
public sealed class ComparisonJsonRenderer : IComparisonRenderer
{
    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public string FileExtension => ".json";

    /// <inheritdoc />
    public async Task RenderAsync(ComparisonResult result, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new Utf8JsonWriter(output, AuditJsonWriter.WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            Write(result, writer);
            await writer.FlushAsync(ct).ConfigureAwait(false);
        }

        output.WriteByte((byte)'\n');
    }

    private static void Write(ComparisonResult r, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", r.SchemaVersion);
        w.WriteStartObject("tool");
        w.WriteString("name", r.Tool.Name);
        w.WriteString("version", r.Tool.Version);
        w.WriteEndObject();
        w.WriteString("createdUtc", r.CreatedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        w.WriteNumber("seed", r.Seed);
        w.WriteString("datasetName", r.DatasetName);
        w.WriteStartArray("leaderboard");
        foreach (var row in r.Leaderboard)
        {
            w.WriteStartObject();
            w.WriteString("id", row.Metric.Id);
            w.WriteString("family", JsonNames.Family(row.Metric.Family));
            w.WriteString("name", row.Metric.Name);
            w.WriteString("direction", JsonNames.Direction(row.Metric.Direction));
            w.WriteStartArray("cells");
            foreach (var c in row.Cells)
            {
                w.WriteStartObject();
                w.WriteString("generator", c.Generator);
                if (c.Value is { } v && double.IsFinite(v))
                {
                    w.WriteNumber("value", v);
                }
                else
                {
                    w.WriteNull("value");
                }

                if (c.Ci is { } ci && double.IsFinite(ci.Low) && double.IsFinite(ci.High))
                {
                    w.WriteStartObject("ci");
                    w.WriteNumber("low", ci.Low);
                    w.WriteNumber("high", ci.High);
                    w.WriteNumber("level", ci.Level);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("ci");
                }

                if (c.Rank is { } rank)
                {
                    w.WriteNumber("rank", rank);
                }
                else
                {
                    w.WriteNull("rank");
                }

                w.WriteStartArray("significantlyBetterThan");
                foreach (var s in c.SignificantlyBetterThan.IsDefault ? [] : c.SignificantlyBetterThan)
                {
                    w.WriteStringValue(s);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("tradeOff");
        foreach (var p in r.TradeOff)
        {
            w.WriteStartObject();
            w.WriteString("generator", p.Generator);
            WriteNullable(w, "fidelity", p.Fidelity);
            WriteNullable(w, "privacyRisk", p.PrivacyRisk);
            w.WriteBoolean("onFrontier", p.OnFrontier);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("generators");
        foreach (var g in r.Generators)
        {
            w.WriteStartObject();
            w.WriteString("name", g.Name);
            w.WriteStartObject("familyRanks");
            foreach (var (family, rank) in g.FamilyRanks)
            {
                w.WriteNumber(JsonNames.Family(family), rank);
            }

            w.WriteEndObject();
            w.WritePropertyName("audit");
            AuditJsonWriter.Write(g.Audit, w);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("warnings");
        foreach (var warning in r.Warnings)
        {
            w.WriteStringValue(warning);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, double? value)
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
}
