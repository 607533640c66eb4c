using System.Collections.Immutable;

namespace SynthAudit.Metrics.Privacy.Shadow;

/// <summary>The target records of a shadow attack: rows of the real table, most exposed outliers first, then random ones.</summary>
/// <param name="Rows">The 0-based rows of the real table.</param>
/// <param name="Selections"><c>outlier</c> or <c>random</c>, per target.</param>
/// <param name="OutlierScores">The outlier score of each target.</param>
/// <param name="ScoreDescription">How the outlier score is defined.</param>
public sealed record ShadowTargets(ImmutableArray<int> Rows, ImmutableArray<string> Selections, ImmutableArray<double> OutlierScores,
    string ScoreDescription)
{
    /// <summary>The number of targets.</summary>
    public int Count => Rows.Length;
}
