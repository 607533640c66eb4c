using SynthAudit.Generation.Pgm;

namespace SynthAudit.Generation.Mechanisms;

/// <summary>What a mechanism hands to sampling: the fitted model, the measurements, and MST's compression groups.</summary>
/// <param name="Model">The fitted model on the (possibly compressed) domain.</param>
/// <param name="Measurements">Every noisy marginal, in order.</param>
/// <param name="Groups">Per column, the original levels behind each compressed level (null when not compressed).</param>
internal sealed record MechanismOutput(GraphicalModel Model, IReadOnlyList<NoisyMarginal> Measurements, int[][]?[] Groups)
{
    /// <summary>Per column and group, the decoding weight of each original level (null = uniform).</summary>
    public double[][]?[]? Weights { get; init; }

    /// <summary>Per column, the original levels removed from the model after fitting (never sampled), or null.</summary>
    public int[][]? Excluded { get; init; }
}
