using System.Text.Json;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Reports.Json.Documents;

namespace SynthAudit.Reports.Json;

/// <summary>Renders compare.json (docs/schema/compare.schema.json): the leaderboard, ranks, trade-off and every generator's full
/// audit (same shape as audit.json), through the source-generated documents of <see cref="ReportJsonContext"/>.</summary>
public sealed class ComparisonJsonRenderer : IDocumentRenderer<ComparisonResult>
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

    private static void Write(ComparisonResult r, Utf8JsonWriter w) =>
        JsonSerializer.Serialize(w, ToDocument(r), ReportJsonContext.Default.ComparisonDocument);

    private static ComparisonDocument ToDocument(ComparisonResult r) => new()
    {
        SchemaVersion = r.SchemaVersion,
        Tool = new ToolDocument { Name = r.Tool.Name, Version = r.Tool.Version },
        CreatedUtc = AuditDocumentMapper.Timestamp(r.CreatedUtc),
        Seed = r.Seed,
        DatasetName = r.DatasetName,
        Leaderboard = [.. r.Leaderboard.Select(row => new LeaderboardDocument
        {
            Id = row.Metric.Id,
            Family = JsonNames.Family(row.Metric.Family),
            Name = row.Metric.Name,
            Direction = JsonNames.Direction(row.Metric.Direction),
            Cells = [.. row.Cells.Select(c => new LeaderboardCellDocument
            {
                Generator = c.Generator,
                Value = AuditDocumentMapper.Finite(c.Value),
                Ci = c.Ci is { } ci && double.IsFinite(ci.Low) && double.IsFinite(ci.High) ? AuditDocumentMapper.Interval(ci) : null,
                Rank = c.Rank,
                SignificantlyBetterThan = c.SignificantlyBetterThan.IsDefault ? [] : [.. c.SignificantlyBetterThan],
            })],
        })],
        TradeOff = [.. r.TradeOff.Select(p => new TradeOffDocument
        {
            Generator = p.Generator,
            Fidelity = AuditDocumentMapper.Finite(p.Fidelity),
            PrivacyRisk = AuditDocumentMapper.Finite(p.PrivacyRisk),
            OnFrontier = p.OnFrontier,
        })],
        Generators = [.. r.Generators.Select(g => new GeneratorDocument
        {
            Name = g.Name,
            FamilyRanks = FamilyRanks(g.FamilyRanks),
            Audit = AuditDocumentMapper.ToDocument(g.Audit),
        })],
        Warnings = [.. r.Warnings],
    };

    private static Dictionary<string, int> FamilyRanks(IEnumerable<KeyValuePair<MetricFamily, int>> ranks)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (family, rank) in ranks)
        {
            map[JsonNames.Family(family)] = rank;
        }

        return map;
    }
}
