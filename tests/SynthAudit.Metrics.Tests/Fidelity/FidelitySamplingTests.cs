using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Fidelity;
using SynthAudit.Metrics.Tests.Privacy;

namespace SynthAudit.Metrics.Tests.Fidelity;

/// <summary>Issue 17 (QA): every metric is exact or states its samples (docs/metrics.md 6.6). The k-marginal score scores
/// 200 seeded 3-way combinations of 15 columns (of 455), and the quality score averages it with the detection score,
/// whose classifiers see 3,000 rows a side.</summary>
public sealed class FidelitySamplingTests
{
    [Fact]
    public void Compute_FifteenColumns_KMarginalAndQualityScoreStateTheSampledCombinations()
    {
        // Arrange: Adult's 15 columns, 800 rows a side.
        var (train, holdout, fresh, schema) = PrivacyTestData.Adult(800, 400, 800);
        var input = new AuditInput(train, fresh, holdout, schema);
        var context = new MetricContext(new SeedSource(3), 20);
        var combinations = new SampleSize("3-way column combinations", 200, 455);

        // Act
        var kmarginal = new KMarginalMetric().Compute(input, context, CancellationToken.None);
        var quality = new QualityScoreMetric().Compute(input, context, CancellationToken.None);
        var contingency = new ContingencySimilarityMetric().Compute(input, context, CancellationToken.None);

        // Assert: 105 pairs are all scored (no entry); 800 rows are below the detection sample (no entry).
        Assert.Equal([combinations], kmarginal.Sampling.ToArray());
        Assert.Equal([combinations], quality.Sampling.ToArray());
        Assert.Empty(contingency.Sampling);
    }

    [Fact]
    public void Compute_MoreRowsThanTheDetectionSample_QualityScoreStatesTheDetectionRows()
    {
        // Arrange: 3,500 train rows, above the 3,000 rows a side of the detection classifiers.
        var (train, holdout, fresh, schema) = PrivacyTestData.Adult(3500, 400, 3200);
        var input = new AuditInput(train, fresh, holdout, schema);
        var context = new MetricContext(new SeedSource(3), 20);

        // Act
        var detection = new DetectionAucMetric().Compute(input, context, CancellationToken.None);
        var quality = new QualityScoreMetric().Compute(input, context, CancellationToken.None);

        // Assert
        Assert.Equal([new SampleSize("real rows", 3000, 3500), new SampleSize("synthetic rows", 3000, 3200)], detection.Sampling.ToArray());
        Assert.Contains(new SampleSize("detection real rows", 3000, 3500), quality.Sampling);
        Assert.Contains(new SampleSize("detection synthetic rows", 3000, 3200), quality.Sampling);
    }
}
