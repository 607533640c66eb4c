using SynthAudit.Metrics.Statistics;
using SynthAudit.Metrics.Utility;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Utility;

public sealed class PredictionMetricsTests
{
    [Fact]
    public void AccuracyAndMacroF1_DesignExample_MatchExactly()
    {
        // Arrange: docs/metrics.md 3.2.
        int[] y = [0, 0, 0, 0, 1, 1];
        int[] predicted = [0, 0, 0, 1, 1, 0];

        // Act
        var accuracy = PredictionMetrics.Accuracy(y, predicted);
        var f1 = PredictionMetrics.MacroF1(y, predicted, 2);

        // Assert
        Tolerance.Equal(0.6666666666666666, accuracy);
        Tolerance.Equal(0.625, f1);
    }

    [Fact]
    public void RSquaredAndRmse_DesignExample_MatchExactly()
    {
        // Arrange: docs/metrics.md 3.2.
        double[] y = [1, 2, 3, 4];
        double[] predicted = [1, 2, 3, 5];

        // Act and assert
        Tolerance.Equal(0.8, PredictionMetrics.RSquared(y, predicted));
        Tolerance.Equal(0.5, PredictionMetrics.Rmse(y, predicted));
        Tolerance.Equal(0.25, PredictionMetrics.Mae(y, predicted));
    }

    [Fact]
    public void AucSorted_TiesExample_MatchesMannWhitney()
    {
        // Arrange: docs/metrics.md 3.4: AUC 7/9 with tied scores.
        double[] scores = [0.9, 0.5, 0.5, 0.1, 0.7, 0.7];
        bool[] labels = [true, true, false, false, true, false];

        // Act
        var auc = PredictionMetrics.AucSorted(scores, labels, PredictionMetrics.AscendingOrder(scores));

        // Assert
        Tolerance.Equal(0.7777777777777778, auc);
    }

    [Fact]
    public void AucSorted_Multiplicities_EqualAucOfExpandedSample()
    {
        // Arrange: weights 2,0,1,3,1,1 describe a resample with repeated rows.
        double[] scores = [0.9, 0.5, 0.5, 0.1, 0.7, 0.7];
        bool[] labels = [true, true, false, false, true, false];
        int[] weights = [2, 0, 1, 3, 1, 1];
        var expandedScores = new List<double>();
        var expandedLabels = new List<bool>();
        for (var i = 0; i < scores.Length; i++)
        {
            for (var k = 0; k < weights[i]; k++)
            {
                expandedScores.Add(scores[i]);
                expandedLabels.Add(labels[i]);
            }
        }

        // Act
        var weighted = PredictionMetrics.AucSorted(scores, labels, PredictionMetrics.AscendingOrder(scores), weights);

        // Assert
        Tolerance.Equal(RocAuc.Compute(expandedScores.ToArray(), expandedLabels.ToArray()), weighted);
    }

    [Fact]
    public void RankAgreement_DesignExample_MatchesExactly()
    {
        // Arrange: docs/metrics.md 3.5.
        double[] real = [0.5, 0.3, 0.15, 0.05];
        double[] synthetic = [0.4, 0.1, 0.35, 0.15];

        // Act and assert
        Tolerance.Equal(0.4, RankAgreement.Spearman(real, synthetic));
        Tolerance.Equal(0.3333333333333333, RankAgreement.KendallTauB(real, synthetic));
        Tolerance.Equal(0.5, RankAgreement.TopKOverlap(real, synthetic, 2));
    }

    [Fact]
    public void RankAgreement_ConstantVector_IsUndefined()
    {
        // Arrange
        double[] a = [1, 1, 1];
        double[] b = [1, 2, 3];

        // Act and assert
        Assert.True(double.IsNaN(RankAgreement.Spearman(a, b)));
        Assert.True(double.IsNaN(RankAgreement.KendallTauB(a, b)));
    }

    [Fact]
    public void UtilityRatios_DesignExample_MatchExactly()
    {
        // Arrange: docs/metrics.md 3.3: AUC_TSTR 0.80, AUC_TRTR 0.85.
        // Act and assert
        Tolerance.Equal(0.9411764705882354, UtilityRatios.Ratio(0.80, 0.85));
        Tolerance.Equal(0.8571428571428572, UtilityRatios.ChanceAdjustedAucRatio(0.80, 0.85));
        Tolerance.Equal(0.5, UtilityRatios.ErrorRatio(2, 1));
        Assert.True(double.IsNaN(UtilityRatios.ChanceAdjustedAucRatio(0.6, 0.5)));
    }
}
