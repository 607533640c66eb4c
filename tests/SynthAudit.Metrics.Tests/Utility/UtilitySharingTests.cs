using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Utility;

namespace SynthAudit.Metrics.Tests.Utility;

/// <summary>The TRTR model reads real data only: several synthetic sets sharing one <see cref="RealDataAnalyses"/> train it
/// once, while each set trains its own TSTR model, and the numbers stay those of standalone audits.</summary>
public sealed class UtilitySharingTests
{
    [Fact]
    public void Compute_TwoSyntheticSetsOneRealDataStore_TrtrTrainedOnceTstrPerSet()
    {
        // Arrange
        var real = UtilityTestData.Population(600, 1);
        var holdout = UtilityTestData.Population(300, 3);
        var a = UtilityTestData.Input(real, UtilityTestData.Population(400, 2), holdout);
        var b = UtilityTestData.Input(real, UtilityTestData.Population(500, 4), holdout);
        var shared = new RealDataAnalyses();
        var contextA = new MetricContext(new SeedSource(0), 10, shared: shared);
        var contextB = new MetricContext(new SeedSource(0), 10, shared: shared);

        // Act
        var ra = new TstrMetric().Compute(a, contextA, CancellationToken.None);
        var rb = new TstrMetric().Compute(b, contextB, CancellationToken.None);
        var standalone = new TstrMetric().Compute(b, new MetricContext(new SeedSource(0), 10), CancellationToken.None);

        // Assert
        Assert.Equal(1, shared.ComputedCount(UtilitySide.TrtrKey));
        Assert.Equal(1, contextA.Analyses(a).ComputedCount(UtilitySide.TstrKey));
        Assert.Equal(1, contextB.Analyses(b).ComputedCount(UtilitySide.TstrKey));
        Assert.Equal(ra.Baseline, rb.Baseline);
        Assert.Equal(standalone.Value, rb.Value);
        Assert.Equal(standalone.Ci, rb.Ci);
        Assert.Equal(standalone.Baseline, rb.Baseline);
        Assert.Equal(standalone.Breakdown.ToArray(), rb.Breakdown.ToArray());
    }
}
