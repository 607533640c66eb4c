namespace SynthAudit.Metrics.Learning;

/// <summary>Settings of <see cref="LogisticRegression"/>.</summary>
/// <param name="L2">The ridge penalty λ on the coefficients (not the intercept) in Σ log-loss + (λ/2)‖β‖²; 1 matches scikit-learn's default C = 1.</param>
/// <param name="MaxIterations">The most Newton steps.</param>
/// <param name="Tolerance">Converged when the largest coefficient change of a step falls below this.</param>
public sealed record LogisticRegressionOptions(double L2 = 1.0, int MaxIterations = 100, double Tolerance = 1e-9);
