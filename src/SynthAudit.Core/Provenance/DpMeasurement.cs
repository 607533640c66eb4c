using System.Collections.Immutable;

namespace SynthAudit.Core.Provenance;

/// <summary>One noisy marginal measured by a DP generator.</summary>
/// <param name="Columns">The columns of the marginal (the clique).</param>
/// <param name="NoiseScale">The standard deviation of the (discrete) Gaussian noise per cell.</param>
/// <param name="Cells">The number of cells measured.</param>
public sealed record DpMeasurement(ImmutableArray<string> Columns, double NoiseScale, long Cells);
