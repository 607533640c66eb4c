using SynthAudit.Metrics.Learning;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Learning;

public sealed class LinearModelTests
{
    [Fact]
    public void LogisticRegression_SaturatedBinaryModel_FitsCellProportions()
    {
        // Arrange: docs/metrics.md 2.10 example 1: real x=[0,0,0,1] (label 0), synthetic x=[0,1,1,1] (label 1).
        var x = new FeatureMatrix(8, 1, [0, 0, 0, 1, 0, 1, 1, 1]);
        bool[] labels = [false, false, false, false, true, true, true, true];

        // Act
        var model = LogisticRegression.Fit(x, labels, new LogisticRegressionOptions(L2: 1e-9));
        var p = model.PredictProbabilities(x);

        // Assert
        Assert.True(model.Converged);
        Assert.Equal(2, model.ParameterCount);
        Tolerance.Equal(0.25, p[0], 1e-6);
        Tolerance.Equal(0.75, p[3], 1e-6);
        Tolerance.Equal(0.75, p[5], 1e-6);
        Tolerance.Equal(0.25, p[4], 1e-6);
    }

    [Fact]
    public void LogisticRegression_FromEncodedTables_MatchesSaturatedProportions()
    {
        // Arrange: the same example through the encoder, with a categorical feature and stacked tables.
        var real = new TableBuilder().Categorical("x", ["a", "b"], "a", "a", "a", "b").Build();
        var synthetic = new TableBuilder().Categorical("x", ["a", "b"], "a", "b", "b", "b").Build();
        var stacked = TableRows.Concat([real, synthetic], ["x"]);
        var encoder = FeatureEncoder.Fit(stacked, ["x"]);
        bool[] labels = [false, false, false, false, true, true, true, true];

        // Act
        var model = LogisticRegression.Fit(encoder.Transform(stacked), labels, new LogisticRegressionOptions(L2: 1e-9));
        var p = model.PredictProbabilities(encoder.Transform(stacked));

        // Assert
        Assert.Equal(["x=b"], encoder.Names.ToArray());
        Assert.Equal(2, model.ParameterCount);
        Tolerance.Equal(0.25, p[0], 1e-6);
        Tolerance.Equal(0.75, p[7], 1e-6);
    }

    [Fact]
    public void LogisticRegression_SeparableData_StaysFinite()
    {
        // Arrange: a perfectly separating feature with a small penalty.
        var x = new FeatureMatrix(6, 1, [0, 1, 2, 3, 4, 5]);
        bool[] labels = [false, false, false, true, true, true];

        // Act
        var model = LogisticRegression.Fit(x, labels, new LogisticRegressionOptions(L2: 1e-6 * 6));
        var p = model.PredictProbabilities(x);

        // Assert
        Assert.All(p, v => Assert.True(double.IsFinite(v)));
        Assert.True(p[0] < 0.01 && p[5] > 0.99);
    }

    [Fact]
    public void RidgeRegression_NegligiblePenalty_RecoversLine()
    {
        // Arrange: y = 1 + 2x exactly.
        var x = new FeatureMatrix(5, 1, [0, 1, 2, 3, 4]);
        double[] y = [1, 3, 5, 7, 9];

        // Act
        var model = RidgeRegression.Fit(x, y, l2: 1e-12);

        // Assert
        Tolerance.Equal(1, model.Intercept, 1e-9);
        Tolerance.Equal(2, model.Coefficients[0], 1e-9);
    }

    [Fact]
    public void RidgeRegression_Penalty_ShrinksSlopeByClosedForm()
    {
        // Arrange: centred x = [-1, 0, 1], Sxx = 2, Sxy = 4; β = Sxy / (Sxx + λ) = 4 / 3 with λ = 1.
        var x = new FeatureMatrix(3, 1, [0, 1, 2]);
        double[] y = [1, 3, 5];

        // Act
        var model = RidgeRegression.Fit(x, y, l2: 1);

        // Assert
        Tolerance.Equal(4.0 / 3, model.Coefficients[0]);
        Tolerance.Equal(3 - (4.0 / 3), model.Intercept);
    }

    [Fact]
    public void FeatureEncoder_MixedColumns_StandardisesOneHotsAndFlagsMissing()
    {
        // Arrange
        var table = new TableBuilder()
            .Numeric("age", 1, 3, double.NaN, 5)
            .Categorical("sex", "F", "M", "M", null)
            .Numeric("constant", 7, 7, 7, 7)
            .Build();

        // Act
        var encoder = FeatureEncoder.Fit(table, ["age", "sex", "constant"]);
        var m = encoder.Transform(table);

        // Assert: mean 3, population sd sqrt(8/3); missing -> 0 plus indicator; F is the reference level.
        Assert.Equal(["age", "age=(missing)", "sex=M", "sex=(missing)"], encoder.Names.ToArray());
        Tolerance.Equal(-2 / Math.Sqrt(8.0 / 3), m[0, 0]);
        Tolerance.Equal(0, m[2, 0]);
        Assert.Equal(1, m[2, 1]);
        Assert.Equal([0.0, 1, 1, 0], m.Column(2).ToArray());
        Assert.Equal([0.0, 0, 0, 1], m.Column(3).ToArray());
    }
}
