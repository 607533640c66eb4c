namespace SynthAudit.Core.Metrics;

/// <summary>What a metric means, for the Methods section of every report.</summary>
/// <param name="Definition">What is computed, in words.</param>
/// <param name="Baseline">The reference value the reader should compare with.</param>
/// <param name="Interval">How the interval is computed.</param>
/// <param name="Reference">The source of the method.</param>
public sealed record MetricExplanation(string Definition, string Baseline, string Interval, string Reference);
