namespace SynthAudit.Reports.Json.Documents;

/// <summary>The tool that wrote a document.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record ToolDocument
{
    public required string Name { get; init; }

    public required string Version { get; init; }
}
