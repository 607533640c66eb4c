namespace SynthAudit.Core.Metrics;

/// <summary>A metric: an immutable descriptor plus a pure compute step that returns one typed result.</summary>
/// <remarks>Implementations hold only immutable options and keep no run state. Randomness comes from
/// <see cref="MetricContext.RandomFor"/>, so adding a metric leaves the others' numbers alone.</remarks>
public interface IMetric
{
    /// <summary>What the metric is.</summary>
    MetricDescriptor Descriptor { get; }

    /// <summary>Computes the metric; returns <see cref="MetricResult.Skipped"/> with a reason when it cannot run.</summary>
    MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct);
}
