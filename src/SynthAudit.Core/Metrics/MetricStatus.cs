namespace SynthAudit.Core.Metrics;

/// <summary>Whether a metric produced a value.</summary>
public enum MetricStatus
{
    /// <summary>The metric ran and has a value.</summary>
    Ok,

    /// <summary>The metric could not run; the result carries the reason.</summary>
    Skipped,
}
