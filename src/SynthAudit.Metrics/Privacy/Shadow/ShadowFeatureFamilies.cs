using System.Collections.Immutable;

namespace SynthAudit.Metrics.Privacy.Shadow;

/// <summary>The features the shadow attack computes per (run, target), grouped in families.</summary>
public static class ShadowFeatureFamilies
{
    /// <summary>The feature names, in the order <see cref="ShadowFeatureExtractor"/> writes them.</summary>
    public static ImmutableArray<string> Names { get; } =
    [
        "dist_nearest", "dist_second", "dist_mean5", "log_count_exact", "log_count_r0.02", "log_count_r0.05", "log_count_r0.10",
        "marg1_mean", "marg1_max", "marg2_mean", "marg2_max", "marg3_mean", "marg3_max",
        "density_h0.02", "density_h0.10",
    ];

    /// <summary>The families: id, description, feature indices.</summary>
    public static ImmutableArray<(string Id, string Description, int[] Features)> All { get; } =
    [
        ("distance", "Gower distance from the target to its nearest synthetic rows, and synthetic rows within radii 0, 0.02, 0.05, 0.10", [0, 1, 2, 3, 4, 5, 6]),
        ("marginal", "synthetic rows matching the target on each 1-, 2- and 3-column marginal, against the population's expected count (log ratio, mean and max)", [7, 8, 9, 10, 11, 12]),
        ("density", "DOMIAS-style density ratio: Gower-kernel density of the synthetic data at the target over that of the population sample", [13, 14]),
        ("all", "every feature above in one logistic model", [.. Enumerable.Range(0, 15)]),
    ];

    /// <summary>The per-target variant of <c>all</c>: one logistic model per target.</summary>
    public const string PerTargetFamily = "all-per-target";
}
