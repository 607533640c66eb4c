namespace SynthAudit.Core.Results.Attack;

/// <summary>The attack on one target record: never its values, only its number, how it was chosen and its outlier score.</summary>
/// <param name="Number">The target number (1-based, most exposed outlier first).</param>
/// <param name="Selection"><c>outlier</c> (chosen by the outlier score) or <c>random</c> (for contrast).</param>
/// <param name="OutlierScore">The outlier score of the record (see <see cref="AttackSetup.OutlierScore"/>).</param>
/// <param name="Score">The attack's score on this target's scored runs (strongest family).</param>
public sealed record AttackTargetResult(int Number, string Selection, double OutlierScore, AttackScore Score)
{
    /// <summary>The 0-based data row of the target in the real file; only with <c>--include-row-ids</c>.</summary>
    public int? RowIndex { get; init; }

    /// <summary>The empirical ε lower bound implied by this target's scored runs alone (null when not computed).</summary>
    public double? EpsilonLowerBound { get; init; }
}
