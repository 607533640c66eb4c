using SynthAudit.Metrics.Statistics;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Statistics;

public sealed class RocAucTests
{
    [Fact]
    public void WithDeLong_WorkedExampleWithTies_MatchesMetricsDoc()
    {
        // Arrange: docs/metrics.md section 3.4 (scikit-learn roc_auc_score 0.7777777777777778).
        double[] scores = [0.9, 0.5, 0.5, 0.1, 0.7, 0.7];
        bool[] labels = [true, true, false, false, true, false];

        // Act
        var (auc, se) = RocAuc.WithDeLong(scores, labels);

        // Assert
        Tolerance.Equal(0.7777777777777778, auc);
        Tolerance.Equal(0.20786985482077452, se);
    }

    [Fact]
    public void WithInterval_WorkedExample_ClipsAtOne()
    {
        // Arrange
        double[] scores = [0.9, 0.5, 0.5, 0.1, 0.7, 0.7];
        bool[] labels = [true, true, false, false, true, false];

        // Act
        var (_, ci) = RocAuc.WithInterval(scores, labels);

        // Assert: unclipped [0.37036034885749, 1.1851952066980656]
        Assert.NotNull(ci);
        Tolerance.Equal(0.37036034885749, ci.Value.Low, 1e-12);
        Assert.Equal(1.0, ci.Value.High);
    }

    [Fact]
    public void Compute_DistanceMiaExample_MatchesMetricsDoc()
    {
        // Arrange: docs/metrics.md 4.4a: members' DCR [0,1,2], non-members' [1,3,4]; score = -DCR.
        double[] scores = [-0, -1, -2, -1, -3, -4];
        bool[] labels = [true, true, true, false, false, false];

        // Act
        var auc = RocAuc.Compute(scores, labels);

        // Assert
        Tolerance.Equal(0.8333333333333334, auc);
    }

    [Fact]
    public void Compute_OneClassOnly_ReturnsNaN()
    {
        // Arrange
        double[] scores = [0.1, 0.2];
        bool[] labels = [true, true];

        // Act
        var auc = RocAuc.Compute(scores, labels);

        // Assert
        Assert.True(double.IsNaN(auc));
    }

    [Fact]
    public void Compute_PerfectSeparation_ReturnsOne()
    {
        // Arrange
        double[] scores = [0.9, 0.8, 0.2, 0.1];
        bool[] labels = [true, true, false, false];

        // Act
        var auc = RocAuc.Compute(scores, labels);

        // Assert
        Assert.Equal(1.0, auc);
    }
}
