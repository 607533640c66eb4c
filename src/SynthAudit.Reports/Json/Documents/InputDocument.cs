namespace SynthAudit.Reports.Json.Documents;

/// <summary>One input file of an audit.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record InputDocument
{
    public required string Role { get; init; }

    public required string Path { get; init; }

    public required string Sha256 { get; init; }

    public required int Rows { get; init; }

    public required int Columns { get; init; }
}
