using System.Collections.Immutable;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Privacy;
using Xunit;

namespace SynthAudit.Metrics.Tests.Privacy;

/// <summary>The real-only privacy work (Gower encoding of train and holdout, holdout → train searches) is computed once when
/// several synthetic sets share one <see cref="RealDataAnalyses"/>, and every number stays that of a standalone audit.</summary>
public sealed class PrivacySharingTests
{
    [Fact]
    public void For_TwoSyntheticSetsOneSharedCache_RealPartBuiltOnce()
    {
        // Arrange
        var (train, holdout, fresh, schema) = PrivacyTestData.Adult(nTrain: 800, nHoldout: 300, nFresh: 300, seed: 5);
        var noisy = PrivacyTestData.NoisyCopy(train.Take(Enumerable.Range(0, 300).ToArray()), 0.02, 0.1, seed: 3);
        var shared = new RealDataAnalyses();
        var a = new AuditInput(train, fresh, holdout, schema);
        var b = new AuditInput(train, noisy, holdout, schema);
        var withoutHoldout = new AuditInput(train, fresh, null, schema);

        // Act
        var dataA = PrivacyData.For(a, new MetricContext(new SeedSource(0), shared: shared));
        var dataB = PrivacyData.For(b, new MetricContext(new SeedSource(0), shared: shared));
        var dataC = PrivacyData.For(withoutHoldout, new MetricContext(new SeedSource(0), shared: shared));
        var baselineA = dataA.HoldoutToTrain;
        var baselineB = dataB.HoldoutToTrain;

        // Assert
        Assert.NotSame(dataA, dataB);
        Assert.Same(dataA.Real, dataB.Real);
        Assert.Same(baselineA, baselineB);
        Assert.Same(dataA.Train, dataB.Train);
        Assert.Same(dataA.Holdout, dataB.Holdout);
        Assert.NotSame(dataA.Synthetic, dataB.Synthetic);
        Assert.NotSame(dataA.Real, dataC.Real);
        Assert.Null(dataC.Holdout);
    }

    [Fact]
    public void Compute_SharedCacheAcrossSets_SameResultsAsStandaloneAudits()
    {
        // Arrange
        var (train, holdout, fresh, schema) = PrivacyTestData.Adult(nTrain: 800, nHoldout: 300, nFresh: 300, seed: 7);
        var noisy = PrivacyTestData.NoisyCopy(train.Take(Enumerable.Range(0, 300).ToArray()), 0.01, 0.05, seed: 9);
        var inputs = new[] { new AuditInput(train, fresh, holdout, schema), new AuditInput(train, noisy, holdout, schema) };

        // Act and assert
        AssertSharedEqualsStandalone(inputs);
    }

    [Fact]
    public void Compute_ConstantRealColumnWithNewSyntheticValues_SharedEqualsStandalone()
    {
        // Arrange: "c" is constant in train and holdout (Gower compares it by equality); each synthetic set adds a value of its own.
        var levels = ImmutableArray.Create("a", "b", "z");
        Table Make(string name, int n, int offset, Func<int, double> c) => new(name,
        [
            new NumericColumn("x", [.. Enumerable.Range(0, n).Select(i => (double)((i * 7) + offset) % 23)]),
            new NumericColumn("c", [.. Enumerable.Range(0, n).Select(c)]),
            new CategoricalColumn("g", [.. Enumerable.Range(0, n).Select(i => (i + offset) % 3 == 0 ? 2 : i % 2)], levels),
        ]);
        var train = Make("train", 60, 0, _ => 5);
        var holdout = Make("holdout", 40, 1, _ => 5);
        var first = Make("first", 30, 2, i => i % 3 == 0 ? 7 : 5);
        var second = Make("second", 30, 3, i => i % 4 == 0 ? 9 : i % 5 == 0 ? 7 : 5);
        var schema = PrivacyTestData.SchemaOf(train);
        var inputs = new[] { new AuditInput(train, first, holdout, schema), new AuditInput(train, second, holdout, schema) };

        // Act and assert
        AssertSharedEqualsStandalone(inputs);
    }

    private static void AssertSharedEqualsStandalone(AuditInput[] inputs)
    {
        var shared = new RealDataAnalyses();
        foreach (var input in inputs)
        {
            var sharedContext = new MetricContext(new SeedSource(0), shared: shared);
            foreach (var metric in PrivacyMetrics.Create())
            {
                var expected = metric.Compute(input, new MetricContext(new SeedSource(0)), CancellationToken.None);
                var actual = metric.Compute(input, sharedContext, CancellationToken.None);
                Assert.Equal(expected.Status, actual.Status);
                Assert.Equal(expected.Value, actual.Value);
                Assert.Equal(expected.Ci, actual.Ci);
                Assert.Equal(expected.Baseline, actual.Baseline);
                Assert.Equal(expected.Breakdown.ToArray(), actual.Breakdown.ToArray());
                Assert.Equal(expected.Warnings.ToArray(), actual.Warnings.ToArray());
            }
        }
    }
}
