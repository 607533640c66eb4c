using SynthAudit.Core.Data;
using SynthAudit.Metrics.Statistics;
using SynthAudit.Metrics.Utility;

namespace SynthAudit.Metrics.Tests.Utility;

public sealed class UtilityModelCacheTests
{
    [Fact]
    public void GetBinaryPredictions_BinaryTarget_ScoresHoldoutWithBothModels()
    {
        // Arrange
        var real = UtilityTestData.Population(1500, 1);
        var synthetic = UtilityTestData.Population(1500, 2);
        var holdout = UtilityTestData.Population(800, 3);
        var input = UtilityTestData.Input(real, synthetic, holdout);
        var context = UtilityTestData.Context();

        // Act
        var predictions = UtilityModelCache.GetBinaryPredictions(input, context, CancellationToken.None);

        // Assert
        Assert.NotNull(predictions);
        Assert.Equal("label", predictions.Target);
        Assert.Same(holdout, predictions.Evaluation);
        Assert.Equal(800, predictions.Rows.Length);
        Assert.Equal(800, predictions.TstrScores.Length);
        var labels = (CategoricalColumn)holdout["label"];
        for (var i = 0; i < predictions.Rows.Length; i++)
        {
            Assert.Equal(labels.ValueAt(predictions.Rows[i]) == predictions.PositiveClass, predictions.Actual[i]);
        }

        Assert.True(RocAuc.Compute(predictions.TrtrScores, predictions.Actual) > 0.8);
        Assert.True(RocAuc.Compute(predictions.TstrScores, predictions.Actual) > 0.8);
        Assert.Same(predictions.Evaluation, UtilityModelCache.GetBinaryPredictions(input, context, CancellationToken.None)!.Evaluation);
    }

    [Fact]
    public void GetBinaryPredictions_NumericTarget_ReturnsNullWithReason()
    {
        // Arrange
        var real = UtilityTestData.Population(300, 1);
        var input = UtilityTestData.Input(real, UtilityTestData.Population(300, 2), null, target: "amount");
        var context = UtilityTestData.Context();

        // Act
        var predictions = UtilityModelCache.GetBinaryPredictions(input, context, CancellationToken.None);

        // Assert
        Assert.Null(predictions);
        Assert.Contains("not binary", UtilityModelCache.UnavailableReason(input, context, CancellationToken.None), StringComparison.Ordinal);
    }

    [Fact]
    public void GetBinaryPredictions_NoHoldout_UsesSeededThirtyPercentOfReal()
    {
        // Arrange
        var real = UtilityTestData.Population(1000, 1);
        var input = UtilityTestData.Input(real, UtilityTestData.Population(1000, 2), null);

        // Act
        var first = UtilityModelCache.GetBinaryPredictions(input, UtilityTestData.Context(), CancellationToken.None)!;
        var second = UtilityModelCache.GetBinaryPredictions(input, UtilityTestData.Context(threads: 1), CancellationToken.None)!;

        // Assert
        Assert.InRange(first.Evaluation.RowCount, 299, 301);
        Assert.Equal(first.TrtrScores, second.TrtrScores);
        Assert.Equal(first.TstrScores, second.TstrScores);
    }
}
