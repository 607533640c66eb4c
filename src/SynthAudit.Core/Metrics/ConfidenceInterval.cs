namespace SynthAudit.Core.Metrics;

/// <summary>A two-sided confidence interval at a confidence level (0.95 by default).</summary>
/// <param name="Low">The lower end.</param>
/// <param name="High">The upper end.</param>
/// <param name="Level">The confidence level, e.g. 0.95.</param>
public readonly record struct ConfidenceInterval(double Low, double High, double Level)
{
    /// <summary>Whether <paramref name="value"/> lies inside the interval (inclusive).</summary>
    public bool Contains(double value) => value >= Low && value <= High;
}
