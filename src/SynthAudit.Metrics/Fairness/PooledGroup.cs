namespace SynthAudit.Metrics.Fairness;

/// <summary>A protected group too small to stand alone, pooled into <c>(other)</c> and listed with its counts.</summary>
/// <param name="Label">The group, e.g. <c>race=Other</c>.</param>
/// <param name="RealRows">Its rows in the real data.</param>
/// <param name="SyntheticRows">Its rows in the synthetic data.</param>
internal readonly record struct PooledGroup(string Label, int RealRows, int SyntheticRows);
