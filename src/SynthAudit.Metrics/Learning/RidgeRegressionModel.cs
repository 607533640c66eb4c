using System.Collections.Immutable;

namespace SynthAudit.Metrics.Learning;

/// <summary>A fitted ridge regression: intercept and one coefficient per encoded column.</summary>
/// <param name="Intercept">The intercept b₀.</param>
/// <param name="Coefficients">The coefficient of each encoded column.</param>
public sealed record RidgeRegressionModel(double Intercept, ImmutableArray<double> Coefficients)
{
    /// <summary>The prediction b₀ + xβ for every row of <paramref name="x"/>.</summary>
    public double[] Predict(FeatureMatrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return LinearAlgebra.LinearPredictor(x, Intercept, Coefficients.AsSpan());
    }
}
