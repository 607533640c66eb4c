using System.Text.Json.Serialization;

namespace SynthAudit.Reports.Json.Documents;

/// <summary>One metric result.</summary>
/// <remarks>Properties are written in declaration order; <c>required</c> ones must be present when read.</remarks>
internal sealed record MetricDocument
{
    public required string Id { get; init; }

    public required string Family { get; init; }

    public required string Name { get; init; }

    public double? Value { get; init; }

    public IntervalDocument? Ci { get; init; }

    public required IReadOnlyList<double?> Range { get; init; }

    public required string Direction { get; init; }

    public double? Baseline { get; init; }

    public required IReadOnlyList<BreakdownDocument> Breakdown { get; init; }

    public required string Status { get; init; }

    public string? Reason { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CiMethod { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SampleDocument>? Sampling { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Warnings { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FigureDocument>? Figures { get; init; }
}
