using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Fidelity;
using SynthAudit.Metrics.Fidelity.Detection;
using Xunit;
using static SynthAudit.Metrics.Tests.Fidelity.FidelityTestData;

namespace SynthAudit.Metrics.Tests.Fidelity;

/// <summary>The real-only fidelity work (the holdout-versus-train pMSE noise floor) is computed once when several synthetic
/// sets share one <see cref="RealDataAnalyses"/>, and every fidelity number stays that of a standalone audit.</summary>
public sealed class FidelitySharingTests
{
    [Fact]
    public void PmseRatio_TwoSyntheticSetsOneSharedCache_HoldoutBaselineFittedOnce()
    {
        // Arrange
        var (train, holdout, schema) = Adult(400);
        var shared = new RealDataAnalyses();
        var a = new AuditInput(train, ShuffleColumns(train, 1), holdout, schema);
        var b = new AuditInput(train, ShuffleColumns(holdout, 2), holdout, schema);

        // Act
        var ra = new PmseRatioMetric().Compute(a, new MetricContext(new SeedSource(0), 20, shared: shared), CancellationToken.None);
        var rb = new PmseRatioMetric().Compute(b, new MetricContext(new SeedSource(0), 20, shared: shared), CancellationToken.None);

        // Assert
        Assert.Equal(1, shared.ComputedCount(PropensityAnalysis.HoldoutKey));
        Assert.NotNull(ra.Baseline);
        Assert.Equal(ra.Baseline, rb.Baseline);
        Assert.NotEqual(ra.Value, rb.Value);
    }

    [Fact]
    public void Compute_SharedCacheAcrossSets_SameResultsAsStandaloneAudits()
    {
        // Arrange
        var (train, holdout, schema) = Adult(250);
        var inputs = new[]
        {
            new AuditInput(train, ShuffleColumns(train, 3), holdout, schema),
            new AuditInput(train, Head(ShuffleColumns(holdout, 4), 150), holdout, schema),
        };
        var shared = new RealDataAnalyses();

        foreach (var input in inputs)
        {
            // Act
            var expected = RunAll(input, new MetricContext(new SeedSource(0), 10));
            var actual = RunAll(input, new MetricContext(new SeedSource(0), 10, shared: shared));

            // Assert
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Status, actual[i].Status);
                Assert.Equal(expected[i].Value, actual[i].Value);
                Assert.Equal(expected[i].Ci, actual[i].Ci);
                Assert.Equal(expected[i].Baseline, actual[i].Baseline);
                Assert.Equal(expected[i].Breakdown.ToArray(), actual[i].Breakdown.ToArray());
            }
        }
    }
}
