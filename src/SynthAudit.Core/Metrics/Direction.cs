namespace SynthAudit.Core.Metrics;

/// <summary>Which end of a metric's range is good.</summary>
public enum Direction
{
    /// <summary>Larger values are better (quality scores).</summary>
    HigherIsBetter,

    /// <summary>Smaller values are better (risks, distances, AUCs whose ideal is 0.5).</summary>
    LowerIsBetter,
}
