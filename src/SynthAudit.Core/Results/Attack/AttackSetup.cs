namespace SynthAudit.Core.Results.Attack;

/// <summary>The settings of a shadow-model attack.</summary>
/// <param name="Targets">Target records attacked.</param>
/// <param name="Runs">Generator runs planned.</param>
/// <param name="ShadowRows">Rows of each shadow training set (targets included).</param>
/// <param name="Seed">The master seed; every run is reproducible from it.</param>
/// <param name="RealRows">Rows of the real (training) file the targets come from.</param>
/// <param name="PopulationRows">Rows of the population sample the attacker knows (holdout, minus copies of targets).</param>
/// <param name="OutlierScore">How the outlier score is defined.</param>
public sealed record AttackSetup(int Targets, int Runs, int ShadowRows, long Seed, int RealRows, int PopulationRows, string OutlierScore)
{
    /// <summary>The builtin generator (<c>mst</c>/<c>aim</c>), or null for a command.</summary>
    public string? Builtin { get; init; }

    /// <summary>The ε of a builtin DP generator.</summary>
    public double? Epsilon { get; init; }

    /// <summary>The δ of a builtin DP generator.</summary>
    public double? Delta { get; init; }

    /// <summary>The per-run timeout of a command generator, in seconds.</summary>
    public double? TimeoutSeconds { get; init; }
}
