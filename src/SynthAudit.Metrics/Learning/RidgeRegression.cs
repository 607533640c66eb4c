namespace SynthAudit.Metrics.Learning;

/// <summary>Ridge (L2-regularised least-squares) regression with an unpenalised intercept, solved in closed form.</summary>
/// <remarks>Minimises ‖y − b₀ − Xβ‖² + λ‖β‖²: β solves (XcᵀXc + λI)β = Xcᵀyc on centred data, b₀ = ȳ − x̄β
/// (scikit-learn's Ridge with alpha = λ; default 1).</remarks>
public static class RidgeRegression
{
    /// <summary>Fits the model on the rows of <paramref name="x"/> with responses <paramref name="y"/>.</summary>
    public static RidgeRegressionModel Fit(FeatureMatrix x, ReadOnlySpan<double> y, double l2 = 1.0, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (y.Length != x.Rows)
        {
            throw new ArgumentException("Responses and rows differ in count.", nameof(y));
        }

        var n = x.Rows;
        var k = x.Columns;
        if (n == 0)
        {
            return new RidgeRegressionModel(0, [.. new double[k]]);
        }

        var ones = new double[n];
        Array.Fill(ones, 1.0);
        var gram = LinearAlgebra.WeightedGram(x, ones, parallel);
        double yMean = 0;
        foreach (var v in y)
        {
            yMean += v;
        }

        yMean /= n;
        var means = new double[k];
        for (var j = 0; j < k; j++)
        {
            means[j] = gram[0, j + 1] / n;
        }

        var centred = new double[k, k];
        var rhs = new double[k];
        for (var j = 0; j < k; j++)
        {
            for (var l = 0; l < k; l++)
            {
                centred[j, l] = gram[j + 1, l + 1] - (n * means[j] * means[l]);
            }

            centred[j, j] += l2;
            rhs[j] = System.Numerics.Tensors.TensorPrimitives.Dot(x.Column(j), y) - (n * means[j] * yMean);
        }

        var beta = k == 0 ? [] : LinearAlgebra.SolveSymmetric(centred, rhs);
        var intercept = yMean;
        for (var j = 0; j < k; j++)
        {
            intercept -= means[j] * beta[j];
        }

        return new RidgeRegressionModel(intercept, [.. beta]);
    }
}
