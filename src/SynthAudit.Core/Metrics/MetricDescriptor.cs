namespace SynthAudit.Core.Metrics;

/// <summary>What a metric is: its stable id, family, display name, range, direction and required inputs.</summary>
/// <param name="Id">The stable id of the contract, e.g. <c>fidelity.ks_complement</c>.</param>
/// <param name="Family">The family the metric belongs to.</param>
/// <param name="Name">A short human-readable name.</param>
/// <param name="Range">The range the value lies in.</param>
/// <param name="Direction">Which end of the range is good.</param>
/// <param name="Requires">Inputs needed beyond real and synthetic data.</param>
public sealed record MetricDescriptor(string Id, MetricFamily Family, string Name, ValueRange Range, Direction Direction, MetricRequirements Requires)
{
    /// <summary>Maps a value onto [0, 1] with 1 the good end (SDMetrics' rule: a finite range is rescaled linearly;
    /// an infinite bound uses 1 / (1 + e^-x) style squashing of the distance from the finite bound).</summary>
    public double Normalize(double value)
    {
        double lowIsZero;
        if (double.IsFinite(Range.Min) && double.IsFinite(Range.Max))
        {
            lowIsZero = (value - Range.Min) / (Range.Max - Range.Min);
        }
        else if (double.IsFinite(Range.Min))
        {
            lowIsZero = 2.0 / (1.0 + Math.Exp(-(value - Range.Min))) - 1.0;
        }
        else if (double.IsFinite(Range.Max))
        {
            lowIsZero = 1.0 - (2.0 / (1.0 + Math.Exp(-(Range.Max - value))) - 1.0);
        }
        else
        {
            lowIsZero = 1.0 / (1.0 + Math.Exp(-value));
        }

        lowIsZero = Math.Clamp(lowIsZero, 0.0, 1.0);
        return Direction == Direction.HigherIsBetter ? lowIsZero : 1.0 - lowIsZero;
    }
}
