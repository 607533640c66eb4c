namespace SynthAudit.Metrics.Statistics;

/// <summary>Standard-normal helpers.</summary>
public static class NormalDistribution
{
    /// <summary>The two-sided critical value z for a confidence level, Φ⁻¹((1 + level)/2); 1.959963984540054 for 0.95.</summary>
    public static double TwoSidedZ(double level) => MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, (1 + level) / 2);
}
