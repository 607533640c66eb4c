using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Running;

/// <summary>A contract metric this version does not compute yet: always skipped, with that reason.</summary>
internal sealed class PendingMetric(MetricDescriptor descriptor) : IMetric
{
    public MetricDescriptor Descriptor { get; } = descriptor;

    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct) =>
        MetricResult.Skipped(Descriptor, "not implemented in this version of synthaudit");
}
