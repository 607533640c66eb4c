using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Learning;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Learning;

/// <summary>Logistic regression with more features than rows (issue 17: 1,000 columns × 300 rows).</summary>
public sealed class WideLinearModelTests
{
    [Fact]
    public void DualStep_MoreFeaturesThanRows_EqualsPrimalNewtonStep()
    {
        // Arrange: 60 rows, 300 features, arbitrary positive weights and gradient.
        var (x, _) = Wide(60, 300, 1);
        var random = new DeterministicRandom(2);
        var weights = Enumerable.Range(0, x.Rows).Select(_ => 0.05 + (0.2 * random.NextDouble())).ToArray();
        var gradient = Enumerable.Range(0, x.Columns + 1).Select(_ => random.NextGaussian()).ToArray();
        var hessian = LinearAlgebra.WeightedGram(x, weights, null);
        for (var j = 1; j <= x.Columns; j++)
        {
            hessian[j, j] += 1.0;
        }

        // Act
        var primal = LinearAlgebra.SolveSymmetric(hessian, gradient);
        var dual = new DualNewtonStep(x, 1.0, null).Solve(weights, gradient);

        // Assert
        Assert.True(DualNewtonStep.Applies(x, 1.0));
        for (var j = 0; j < primal.Length; j++)
        {
            Tolerance.Equal(primal[j], dual[j], 1e-8 * Math.Max(1, Math.Abs(primal[j])));
        }
    }

    [Fact]
    public void Fit_MoreFeaturesThanRows_ConvergesAndSeparatesTheTrainingRows()
    {
        // Arrange: 120 rows, 600 features, labels from the first feature.
        var (x, labels) = Wide(120, 600, 3);

        // Act
        var model = LogisticRegression.Fit(x, labels, null, new ParallelOptions { MaxDegreeOfParallelism = 2 });
        var p = model.PredictProbabilities(x);

        // Assert
        Assert.True(model.Converged);
        Assert.True(p.Where((_, i) => labels[i]).Average() > p.Where((_, i) => !labels[i]).Average() + 0.2);
    }

    private static (FeatureMatrix X, bool[] Labels) Wide(int rows, int columns, ulong seed)
    {
        var random = new DeterministicRandom(seed);
        var values = new double[rows * columns];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.NextGaussian();
        }

        var labels = Enumerable.Range(0, rows).Select(i => values[i] + (0.5 * random.NextGaussian()) > 0).ToArray();
        return (new FeatureMatrix(rows, columns, values), labels);
    }
}
