using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Privacy;

namespace SynthAudit.Metrics.Tests.Privacy;

/// <summary>Ground truth on Adult subsamples: a copy of train is flagged as maximal risk, an independent real sample of the
/// same population (disjoint from train and holdout) sits at the baseline, a noisy copy lands in between.</summary>
public sealed class PrivacyGroundTruthTests
{
    private static readonly Lazy<Dictionary<string, MetricResult>> s_copy = new(() => Run("copy"));
    private static readonly Lazy<Dictionary<string, MetricResult>> s_fresh = new(() => Run("fresh"));
    private static readonly Lazy<Dictionary<string, MetricResult>> s_noisy = new(() => Run("noisy"));

    [Fact]
    public void Compute_CopyOfTrain_FlagsEveryMetric()
    {
        // Arrange / Act
        var r = s_copy.Value;

        // Assert
        Assert.True(r[MetricIds.ExactMatchRate].Value > 0.99);
        Assert.True(r[MetricIds.DcrShare].Value > 0.99);
        Assert.True(r[MetricIds.Nndr].Value < 0.01);
        Assert.True(r[MetricIds.MiaDistanceAuc].Ci!.Value.Low > 0.95);
        Assert.True(r[MetricIds.MiaDensityAuc].Ci!.Value.Low > 0.5);
        Assert.True(r[MetricIds.SinglingOutRisk].Ci!.Value.Low > 0.3);
        Assert.True(r[MetricIds.LinkabilityRisk].Ci!.Value.Low > 0.5);
        Assert.True(r[MetricIds.InferenceRisk].Ci!.Value.Low > 0.5);
        var gdpr = GdprAssessment.Assess([.. r.Values]);
        Assert.All(gdpr, g => Assert.Equal("high", g.Level));
        Assert.StartsWith("strong", GdprAssessment.Membership([.. r.Values]), StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_IndependentRealSample_SitsAtTheBaseline()
    {
        // Arrange / Act
        var r = s_fresh.Value;

        // Assert: each interval contains its baseline (0.5 for the AUCs, 0 for the attack risks).
        Assert.True(r[MetricIds.DcrShare].Ci!.Value.Contains(r[MetricIds.DcrShare].Baseline!.Value));
        Assert.True(r[MetricIds.MiaDistanceAuc].Ci!.Value.Contains(0.5));
        Assert.True(r[MetricIds.MiaDensityAuc].Ci!.Value.Contains(0.5));
        Assert.Equal(0, r[MetricIds.SinglingOutRisk].Ci!.Value.Low);

        // The measurement: train twice the control size; Anonymeter's correction gives fresh data a univariate risk of ~0.2.
        Assert.True(r[MetricIds.SinglingOutRisk].Breakdown.Single(b => b.Key == "univariate").Value < 0.05);
        Assert.Equal(0, r[MetricIds.LinkabilityRisk].Ci!.Value.Low);
        Assert.Equal(0, r[MetricIds.InferenceRisk].Ci!.Value.Low);
        Assert.True(r[MetricIds.ExactMatchRate].Value < 0.01);
        Assert.True(Math.Abs(r[MetricIds.Nndr].Value!.Value - r[MetricIds.Nndr].Baseline!.Value) < 0.05);
        Assert.All(GdprAssessment.Assess([.. r.Values]), g => Assert.NotEqual("high", g.Level));
    }

    [Fact]
    public void Compute_NoisyCopy_LandsBetweenFreshAndCopy()
    {
        // Arrange / Act
        var copy = s_copy.Value;
        var fresh = s_fresh.Value;
        var noisy = s_noisy.Value;

        // Assert
        foreach (var id in new[] { MetricIds.DcrShare, MetricIds.MiaDistanceAuc })
        {
            Assert.InRange(noisy[id].Value!.Value, fresh[id].Ci!.Value.High, copy[id].Ci!.Value.Low);
        }

        Assert.InRange(noisy[MetricIds.ExactMatchRate].Value!.Value, fresh[MetricIds.ExactMatchRate].Value!.Value, copy[MetricIds.ExactMatchRate].Value!.Value);
    }

    [Fact]
    public void Compute_SameSeedOneOrTwoThreads_IdenticalResults()
    {
        // Arrange
        var (train, holdout, fresh, schema) = PrivacyTestData.Adult(800, 400, 400, seed: 5);
        var input = new AuditInput(train, PrivacyTestData.NoisyCopy(fresh, 0.01, 0.05, 3), holdout, schema);

        // Act
        var one = PrivacyMetrics.Create().Select(m => m.Compute(input, new MetricContext(new Core.Randomness.SeedSource(4), maxDegreeOfParallelism: 1), default)).ToList();
        var two = PrivacyMetrics.Create().Select(m => m.Compute(input, new MetricContext(new Core.Randomness.SeedSource(4), maxDegreeOfParallelism: 2), default)).ToList();

        // Assert
        for (var i = 0; i < one.Count; i++)
        {
            Assert.Equal(one[i].Value, two[i].Value);
            Assert.Equal(one[i].Ci, two[i].Ci);
            Assert.Equal(one[i].Breakdown.ToArray(), two[i].Breakdown.ToArray());
        }
    }

    /// <summary>The privacy metrics with 500 attacks per side (tests stay fast; the defaults are covered by the benchmark).</summary>
    private static IMetric[] Metrics() =>
    [
        new ExactMatchRateMetric(), new DcrShareMetric(), new NndrMetric(), new MiaDistanceAucMetric(), new MiaDensityAucMetric(),
        new SinglingOutRiskMetric(500), new LinkabilityRiskMetric(500), new InferenceRiskMetric(500),
    ];

    private static Dictionary<string, MetricResult> Run(string kind)
    {
        var (train, holdout, fresh, schema) = PrivacyTestData.Adult(2000, 1000, 1000);
        var synthetic = kind switch
        {
            "copy" => train,
            "fresh" => fresh,
            _ => PrivacyTestData.NoisyCopy(train, 0.02, 0.1, 9),
        };
        var input = new AuditInput(train, synthetic, holdout, schema);
        var context = PrivacyTestData.Context();
        var results = Metrics().Select(m => m.Compute(input, context, default)).ToList();
        Assert.All(results, r => Assert.Equal(MetricStatus.Ok, r.Status));
        Assert.All(results, r => Assert.True(r.Metric.Range.Contains(r.Value!.Value)));
        Assert.All(results, r => Assert.True(r.Ci is { } c && c.Low <= r.Value && r.Value <= c.High, r.Metric.Id));
        return results.ToDictionary(r => r.Metric.Id);
    }
}
