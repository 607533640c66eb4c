namespace SynthAudit.Metrics.Privacy;

/// <summary>Sizes shared by the three Anonymeter-style attacks.</summary>
/// <remarks>2000 attacks per side by default (Anonymeter's examples use 500–2000): the Wilson half-width of a rate is then at
/// most ±0.022. When train or holdout has fewer rows, every row is used and the result says so. The synthetic table is never
/// subsampled: the attacks search all of it.</remarks>
internal static class AttackSettings
{
    /// <summary>The default number of attacks (targets or queries) per side.</summary>
    public const int DefaultAttacks = 2000;
}
