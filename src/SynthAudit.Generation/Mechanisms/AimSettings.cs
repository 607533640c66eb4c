namespace SynthAudit.Generation.Mechanisms;

/// <summary>AIM's tuning knobs (post-processing choices except the workload, which is public).</summary>
internal sealed record AimSettings
{
    /// <summary>Workload cliques: all k-way marginals (default 3).</summary>
    public int WorkloadWay { get; init; } = 3;

    /// <summary>The largest workload clique, in cells (default 10⁴).</summary>
    public long MaxWorkloadCells { get; init; } = 10_000;

    /// <summary>The model-size cap in MiB at the end of the budget (4 by default, to keep Adult under 2 minutes on 2 cores; the reference uses 80).</summary>
    public double MaxSizeMb { get; init; } = 4;

    /// <summary>Levels whose noisy 1-way count is below this many σ are merged (MST-style compression); 0 = no compression.</summary>
    public double CompressionSigmas { get; init; } = 3;

    /// <summary>Only columns with more levels than this are compressed. AIM's σ is large, so compressing small domains loses
    /// more than it gains (on Adult, compressing every column made 2-way TV at ε = 1 worse, 0.066 against 0.054). But a pair
    /// table of a long list (Adult's 42 countries × 7 races: about 300 cells) carries a noise penalty √(2/π)·σ·n_s that its
    /// few populated cells never beat, so AIM never measured any pair with native-country and its associations were lost
    /// (mean |ΔCramér's V| at ε = 1: 0.041 with 100, 0.032 with 40).</summary>
    public int CompressAbove { get; init; } = 40;

    /// <summary>Mirror-descent iterations per round (warm-started). With 100 the per-round fits were not converged; 300 gave
    /// Adult ε = 1 mean |ΔCramér's V| 0.027 against 0.032, and 1000 (the reference's) the same 0.027 at more CPU time.</summary>
    public int RoundIterations { get; init; } = 300;

    /// <summary>Mirror-descent iterations of the final estimate.</summary>
    public int FinalIterations { get; init; } = 3000;
}
