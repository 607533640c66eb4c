using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity;
using SynthAudit.Metrics.Fidelity.Detection;
using SynthAudit.Metrics.Statistics;
using SynthAudit.Testing;
using static SynthAudit.Metrics.Tests.Fidelity.FidelityTestData;

namespace SynthAudit.Metrics.Tests.Fidelity;

/// <summary>pMSE (docs/metrics.md 2.10, test vector 15) and detection AUC (2.11).</summary>
public sealed class PropensityAndDetectionTests
{
    [Fact]
    public void PmseRatio_SaturatedExample_IsFour()
    {
        // Arrange: one binary feature, real [0,0,0,1], synthetic [0,1,1,1]; intercept + x, k = 2
        var levels = Levels("0", "1");
        var real = new TableBuilder().Categorical("x", levels, "0", "0", "0", "1").Build();
        var synthetic = new TableBuilder().Categorical("x", levels, "0", "1", "1", "1").Build();

        // Act
        var result = Run(new PmseRatioMetric(), Input(real, synthetic));

        // Assert
        Tolerance.Equal(4.0, result.Value!.Value, 1e-6);
        Tolerance.Equal(0.0625, Breakdown(result, "pmse"), 1e-6);
        Tolerance.Equal(2.1213203435596424, Breakdown(result, "s_pmse"), 1e-5);
        Tolerance.Equal(0.015625, Breakdown(result, "pmse_null_mean"));
        Tolerance.Equal(2, Breakdown(result, "parameters"));
    }

    [Fact]
    public void PropensityStatistics_GivenPropensities_MatchesExampleTwo()
    {
        // Act
        var s = PropensityStatistics.Compute([0.4, 0.5, 0.6, 0.5, 0.6, 0.7], 3, 3);

        // Assert
        Tolerance.Equal(0.011666666666666667, s.Pmse);
        Tolerance.Equal(0.041666666666666664, s.NullMean);
        Tolerance.Equal(0.041666666666666664, s.NullSd);
        Tolerance.Equal(-0.72, s.Standardized);
        Tolerance.Equal(0.28, s.Ratio);
    }

    [Fact]
    public void WeightedAuc_UnitWeights_EqualsExactAucWithTies()
    {
        // Arrange: docs/metrics.md 3.4
        double[] scores = [0.9, 0.5, 0.5, 0.1, 0.7, 0.7];
        bool[] labels = [true, true, false, false, true, false];

        // Act
        var auc = new WeightedAuc(scores, labels).Compute(_ => 1);

        // Assert
        Tolerance.Equal(0.7777777777777778, auc);
        Tolerance.Equal(RocAuc.Compute(scores, labels), auc);
    }

    [Fact]
    public void DetectionAuc_HoldoutVersusTrain_IsNearHalf()
    {
        // Arrange
        var (train, holdout, schema) = Adult(600);
        var input = new AuditInput(train, holdout, null, schema);

        // Act
        var result = Run(new DetectionAucMetric(), input);

        // Assert
        Assert.Equal(MetricStatus.Ok, result.Status);
        Assert.InRange(result.Value!.Value, 0.4, 0.6);
        Assert.Equal(0.5, result.Baseline);
        Assert.Equal("delong", result.CiMethod);
        Assert.True(result.Ci!.Value.Contains(result.Value.Value));
    }

    [Fact]
    public void DetectionAuc_ShuffledColumns_IsClearlyAboveHalf()
    {
        // Arrange: independent column shuffles keep every marginal and destroy the dependence
        var (train, _, schema) = Adult(600);
        var input = new AuditInput(train, ShuffleColumns(train, 3), null, schema);

        // Act
        var result = Run(new DetectionAucMetric(), input);
        var pmse = Run(new PmseRatioMetric(), input);

        // Assert
        Assert.True(result.Ci!.Value.Low > 0.6, "detection AUC " + result.Value);
        Assert.Equal(MetricStatus.Ok, pmse.Status);
    }
}
