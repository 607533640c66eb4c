using System.Collections.Immutable;

namespace SynthAudit.Core.Metrics;

/// <summary>What one metric computed: value, interval, baseline and breakdown together, or a reason for skipping.</summary>
/// <param name="Metric">The metric's descriptor.</param>
/// <param name="Status">Whether the metric produced a value.</param>
/// <param name="Value">The headline value (null when skipped); never NaN or infinite.</param>
/// <param name="Ci">The confidence interval of the value, if any.</param>
/// <param name="Baseline">The reference value (what fresh real data or a naive attacker gets), if any.</param>
/// <param name="Breakdown">Per-column, per-pair, per-group or per-component rows.</param>
/// <param name="Reason">Why the metric was skipped (null when it ran).</param>
public sealed record MetricResult(MetricDescriptor Metric, MetricStatus Status, double? Value, ConfidenceInterval? Ci,
    double? Baseline, ImmutableArray<BreakdownEntry> Breakdown, string? Reason)
{
    /// <summary>How the interval was computed, e.g. <c>bootstrap-percentile (200)</c>, <c>wilson</c>, <c>delong</c>.</summary>
    public string? CiMethod { get; init; }

    /// <summary>Doubts about this result that the reader should see (small samples, pooled groups, ...).</summary>
    public ImmutableArray<string> Warnings { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The seeded samples the value was computed on (empty: exact on every row); see <see cref="SampleSize"/>.</summary>
    public ImmutableArray<SampleSize> Sampling { get; init; } = ImmutableArray<SampleSize>.Empty;

    /// <summary>Aggregate data for the report's charts (never real records).</summary>
    public ImmutableArray<FigureData> Figures { get; init; } = ImmutableArray<FigureData>.Empty;

    /// <summary>A successful result.</summary>
    /// <exception cref="ArgumentException">The value is NaN or infinite.</exception>
    public static MetricResult Ok(MetricDescriptor metric, double value, ConfidenceInterval? ci = null, double? baseline = null,
        IEnumerable<BreakdownEntry>? breakdown = null)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (!double.IsFinite(value))
        {
            throw new ArgumentException("Metric " + metric.Id + " produced a non-finite value; return Skipped with a reason instead.", nameof(value));
        }

        if (ci is { } c && (!double.IsFinite(c.Low) || !double.IsFinite(c.High)))
        {
            ci = null;
        }

        if (baseline is { } b && !double.IsFinite(b))
        {
            baseline = null;
        }

        return new MetricResult(metric, MetricStatus.Ok, value, ci, baseline, Clean(breakdown), null);
    }

    /// <summary>A skipped result with its reason (e.g. <c>needs --holdout</c>).</summary>
    public static MetricResult Skipped(MetricDescriptor metric, string reason, IEnumerable<BreakdownEntry>? breakdown = null)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        return new MetricResult(metric, MetricStatus.Skipped, null, null, null, Clean(breakdown), reason);
    }

    private static ImmutableArray<BreakdownEntry> Clean(IEnumerable<BreakdownEntry>? breakdown)
    {
        if (breakdown is null)
        {
            return ImmutableArray<BreakdownEntry>.Empty;
        }

        return breakdown.Select(e => e with
        {
            Value = e.Value is { } v && double.IsFinite(v) ? v : null,
            Baseline = e.Baseline is { } b && double.IsFinite(b) ? b : null,
            Ci = e.Ci is { } c && double.IsFinite(c.Low) && double.IsFinite(c.High) ? c : null,
        }).ToImmutableArray();
    }
}
