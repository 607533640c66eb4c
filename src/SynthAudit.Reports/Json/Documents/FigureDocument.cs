namespace SynthAudit.Reports.Json.Documents;

/// <summary>The data behind one chart.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record FigureDocument
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Kind { get; init; }

    public required string XLabel { get; init; }

    public required string YLabel { get; init; }

    public required IReadOnlyList<string> Categories { get; init; }

    public required IReadOnlyList<SeriesDocument> Series { get; init; }
}
