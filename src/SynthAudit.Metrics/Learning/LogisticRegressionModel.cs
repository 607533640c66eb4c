using System.Collections.Immutable;

namespace SynthAudit.Metrics.Learning;

/// <summary>A fitted binary logistic regression: intercept and one coefficient per encoded column.</summary>
/// <param name="Intercept">The intercept b₀.</param>
/// <param name="Coefficients">The coefficient of each encoded column.</param>
/// <param name="Iterations">The Newton steps taken.</param>
/// <param name="Converged">Whether the fit met its tolerance before the iteration cap.</param>
public sealed record LogisticRegressionModel(double Intercept, ImmutableArray<double> Coefficients, int Iterations, bool Converged)
{
    /// <summary>The number of parameters k including the intercept (docs/metrics.md 2.10).</summary>
    public int ParameterCount => Coefficients.Length + 1;

    /// <summary>P(label = 1) for every row of <paramref name="x"/>.</summary>
    public double[] PredictProbabilities(FeatureMatrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Columns != Coefficients.Length)
        {
            throw new ArgumentException("The matrix does not have the model's column count.", nameof(x));
        }

        var eta = LinearAlgebra.LinearPredictor(x, Intercept, Coefficients.AsSpan());
        for (var i = 0; i < eta.Length; i++)
        {
            eta[i] = LogisticRegression.Sigmoid(eta[i]);
        }

        return eta;
    }
}
