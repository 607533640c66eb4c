using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Results;
using SynthAudit.Metrics.Running;
using SynthAudit.Metrics.Tests.Privacy;

namespace SynthAudit.Metrics.Tests.Running;

/// <summary>Metrics run two at a time (issue 17) give exactly the results of one at a time.</summary>
public sealed class AuditRunnerConcurrencyTests
{
    [Fact]
    public void Run_TwoAtATime_EqualsOneAtATime()
    {
        // Arrange: an Adult subsample with holdout and target, every metric of the default registry.
        var (train, holdout, fresh, schema) = PrivacyTestData.Adult(800, 400, 800);
        var input = new AuditInput(train, fresh, holdout, schema);
        var provenance = new AuditProvenance([], DateTimeOffset.UnixEpoch);

        // Act
        var one = AuditRunner.Run(input, new MetricContext(new SeedSource(4), 20, maxDegreeOfParallelism: 1), provenance);
        var two = AuditRunner.Run(input, new MetricContext(new SeedSource(4), 20, maxDegreeOfParallelism: 2), provenance);

        // Assert
        Assert.Equal(1, AuditRunner.Concurrency(input, new MetricContext(new SeedSource(4), maxDegreeOfParallelism: 1)));
        Assert.Equal(2, AuditRunner.Concurrency(input, new MetricContext(new SeedSource(4), maxDegreeOfParallelism: 2)));
        Assert.Equal(one.Metrics.Select(Describe), two.Metrics.Select(Describe));
        Assert.Equal(one.Warnings, two.Warnings);
    }

    private static string Describe(MetricResult r) => string.Join("|",
        r.Metric.Id, r.Status, r.Value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture), r.Ci?.ToString(), r.Baseline?.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        r.Reason, string.Join(";", r.Breakdown.Select(b => b.Key + "=" + b.Value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture))),
        string.Join(";", r.Sampling.Select(s => s.ToString())));
}
