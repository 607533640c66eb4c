using System.Text.Json.Serialization;

namespace SynthAudit.Reports.Json.Documents;

/// <summary>The attack on one target: its number, how it was chosen and its outlier score, never its values.</summary>
internal sealed record AttackTargetDocument
{
    public required int Number { get; init; }

    public required string Selection { get; init; }

    public required double? OutlierScore { get; init; }

    /// <summary>The target's data row; written only under <c>--include-row-ids</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? RowIndex { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EpsilonLowerBound { get; init; }

    public required AttackScoreDocument Score { get; init; }
}
