using System.Text.Json.Serialization;

namespace SynthAudit.Reports.Json.Documents;

/// <summary>The audit.json document: the shape of the file, key order included (docs/schema/audit.schema.json).</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record AuditDocument
{
    public required int SchemaVersion { get; init; }

    public required ToolDocument Tool { get; init; }

    public required string CreatedUtc { get; init; }

    public required long Seed { get; init; }

    public string? DatasetName { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CommandLine { get; init; }

    public required IReadOnlyList<InputDocument> Inputs { get; init; }

    public required IReadOnlyList<ColumnDocument> Schema { get; init; }

    public Dictionary<string, string>? Settings { get; init; }

    public required IReadOnlyList<MetricDocument> Metrics { get; init; }

    public required SummaryDocument Summary { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DpGuaranteeDocument? DpGuarantee { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DpGuaranteeRejected { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ThreatModelDocument? ThreatModel { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<IdentifierFindingDocument>? IdentifierScan { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReviewDocument? Review { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }
}
