using System.Text.Json.Serialization;

namespace SynthAudit.Reports.Json.Documents;

/// <summary>One entry of <c>identifierScan</c>: a column (or null for an item no column matched), its Safe Harbor item, the
/// status (<c>fail</c>, <c>needs-review</c>, <c>pass</c>) and the evidence, which never quotes a value.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record IdentifierFindingDocument
{
    public required string? Column { get; init; }

    public required string Item { get; init; }

    public required string Status { get; init; }

    public required string Evidence { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Critical { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Table { get; init; }
}
