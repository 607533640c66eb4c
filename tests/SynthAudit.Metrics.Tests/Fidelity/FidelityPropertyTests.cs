using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Fidelity;
using SynthAudit.Testing;
using static SynthAudit.Metrics.Tests.Fidelity.FidelityTestData;

namespace SynthAudit.Metrics.Tests.Fidelity;

/// <summary>Properties every fidelity metric must have: perfect on identical tables, blind to row order, near perfect on an
/// independent sample of the same population, pair scores destroyed by column shuffles, deterministic across threads.</summary>
public sealed class FidelityPropertyTests
{
    private static readonly string[] s_distributionIds =
    [
        MetricIds.KsComplement, MetricIds.TvComplement, MetricIds.Wasserstein, MetricIds.CorrelationSimilarity,
        MetricIds.ContingencySimilarity, MetricIds.KMarginal, MetricIds.Coverage,
    ];

    [Fact]
    public void Compute_IdenticalTables_ScoresPerfectly()
    {
        // Arrange
        var (train, _, schema) = Adult(500);

        // Act
        var results = RunAll(new AuditInput(train, train, null, schema), Context(20)).ToDictionary(r => r.Metric.Id);

        // Assert
        foreach (var id in s_distributionIds)
        {
            var expected = id == MetricIds.Wasserstein ? 0.0 : 1.0;
            Tolerance.Equal(expected, results[id].Value!.Value, 1e-12);
        }

        // Each real row has a twin with the opposite label in the training folds, so the AUC sits at or below 0.5 (noise).
        Assert.True(results[MetricIds.DetectionAuc].Value!.Value < 0.6);
        Tolerance.Equal(1, results[MetricIds.QualityScore].Breakdown.Single(e => e.Key == "detection score").Value!.Value);
        Assert.True(results[MetricIds.QualityScore].Value > 0.9);
        Assert.True(results[MetricIds.PmseRatio].Value < 1e-6);
    }

    [Fact]
    public void Compute_RowOrderShuffled_SameValues()
    {
        // Arrange
        var (train, holdout, schema) = Adult(600);
        var random = new DeterministicRandom(11);
        var shuffledTrain = train.Take(random.Permutation(train.RowCount));
        var shuffledHoldout = holdout.Take(random.Permutation(holdout.RowCount));

        // Act
        var a = RunDistribution(new AuditInput(train, holdout, null, schema));
        var b = RunDistribution(new AuditInput(shuffledTrain, shuffledHoldout, null, schema));

        // Assert: point values and breakdowns do not depend on row order
        foreach (var (x, y) in a.Zip(b).Where(p => s_distributionIds.Contains(p.First.Metric.Id)))
        {
            Tolerance.Equal(x.Value!.Value, y.Value!.Value, 1e-12);
            Assert.Equal(x.Breakdown.Select(e => e.Key), y.Breakdown.Select(e => e.Key));
            foreach (var (e, f) in x.Breakdown.Zip(y.Breakdown))
            {
                Tolerance.Equal(e.Value ?? double.NaN, f.Value ?? double.NaN, 1e-12);
            }
        }
    }

    [Fact]
    public void Compute_HoldoutAgainstTrain_NearPerfectWithBaseline()
    {
        // Arrange: an independent sample of the same population, and a second holdout slice as the noise floor
        var (train, holdout, schema) = Adult(2000);
        var floor = holdout.Take(Enumerable.Range(0, 1000).ToArray());
        var sample = holdout.Take(Enumerable.Range(1000, 1000).ToArray());

        // Act
        var results = RunAll(new AuditInput(train, sample, floor, schema), Context(20)).ToDictionary(r => r.Metric.Id);

        // Assert
        Assert.True(results[MetricIds.KsComplement].Value > 0.95);
        Assert.True(results[MetricIds.TvComplement].Value > 0.95);
        Assert.True(results[MetricIds.Wasserstein].Value < 0.02);
        Assert.True(results[MetricIds.CorrelationSimilarity].Value > 0.97);
        Assert.True(results[MetricIds.ContingencySimilarity].Value > 0.9);
        Assert.True(results[MetricIds.QualityScore].Value > 0.85);
        foreach (var id in s_distributionIds)
        {
            Assert.NotNull(results[id].Baseline);
            Assert.Equal(results[id].Baseline!.Value, results[id].Value!.Value, 0.05);
        }
    }

    [Fact]
    public void Compute_ColumnsShuffledIndependently_KeepsShapesDestroysPairs()
    {
        // Arrange
        var (train, holdout, schema) = Adult(1500);
        var shuffled = ShuffleColumns(train, 5);

        // Act
        var fake = RunAll(new AuditInput(train, shuffled, holdout, schema), Context(20)).ToDictionary(r => r.Metric.Id);

        // Assert: marginals are identical, so univariate scores are perfect...
        Tolerance.Equal(1, fake[MetricIds.KsComplement].Value!.Value, 1e-12);
        Tolerance.Equal(1, fake[MetricIds.TvComplement].Value!.Value, 1e-12);
        Tolerance.Equal(0, fake[MetricIds.Wasserstein].Value!.Value, 1e-12);

        // ...while every dependence metric falls clearly below what fresh real data gets
        foreach (var id in new[] { MetricIds.ContingencySimilarity, MetricIds.KMarginal, MetricIds.CorrelationSimilarity })
        {
            Assert.True(fake[id].Ci!.Value.High < fake[id].Baseline!.Value, id + " " + fake[id].Value + " vs " + fake[id].Baseline);
        }
    }

    [Fact]
    public void Compute_OneOrTwoThreads_IdenticalResults()
    {
        // Arrange
        var (train, holdout, schema) = Adult(400);
        var input = new AuditInput(train, holdout, null, schema);

        // Act
        var one = RunAll(input, Context(15, threads: 1));
        var two = RunAll(new AuditInput(train, holdout, null, schema), Context(15, threads: 2));

        // Assert
        foreach (var (x, y) in one.Zip(two))
        {
            Assert.True(x.Value == y.Value, x.Metric.Id);
            Assert.True(x.Ci == y.Ci, x.Metric.Id);
            foreach (var (e, f) in x.Breakdown.Zip(y.Breakdown))
            {
                Assert.True(e == f, x.Metric.Id + " " + e + " vs " + f);
            }
        }
    }

    [Fact]
    public void Compute_Always_ListsEveryMetricWithCleanNumbers()
    {
        // Arrange
        var (train, holdout, schema) = Adult(500);

        // Act
        var results = RunAll(new AuditInput(train, holdout, holdout, schema), Context(10));

        // Assert
        Assert.Equal(MetricIds.All.Take(10), results.Select(r => r.Metric.Id));
        FidelityBadInputTests.AssertClean(results);
        Assert.All(results, r => Assert.Equal(MetricStatus.Ok, r.Status));
        Assert.All(results, r => Assert.NotNull(r.Ci));
        var ks = results[0];
        Assert.Equal(6, ks.Figures.Length);
        Assert.All(ks.Figures, f => Assert.Equal(FigureKind.Histogram, f.Kind));
        Assert.All(results[1].Figures, f => Assert.Equal(FigureKind.Bars, f.Kind));
        var quality = results[9];
        Assert.Contains(quality.Breakdown, e => e.Key == "weakest link");
        Assert.Contains(quality.Breakdown, e => e.Key == "column: age");
    }

    private static List<MetricResult> RunDistribution(AuditInput input)
    {
        var context = Context(10);
        return FidelityMetrics.Create().Where(m => s_distributionIds.Contains(m.Descriptor.Id)).Select(m => Run(m, input, context)).ToList();
    }
}
