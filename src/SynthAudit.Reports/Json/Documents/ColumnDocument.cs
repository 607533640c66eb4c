namespace SynthAudit.Reports.Json.Documents;

/// <summary>One column of the audited schema.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record ColumnDocument
{
    public required string Name { get; init; }

    public required string Kind { get; init; }

    public required string Role { get; init; }
}
