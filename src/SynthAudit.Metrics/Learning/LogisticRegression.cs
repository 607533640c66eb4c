using System.Collections.Immutable;

namespace SynthAudit.Metrics.Learning;

/// <summary>L2-regularised binary logistic regression fitted by Newton's method (IRLS) with step halving.</summary>
/// <remarks>
/// Minimises Σᵢ [−yᵢ log pᵢ − (1 − yᵢ) log(1 − pᵢ)] + (λ/2)‖β‖², pᵢ = σ(b₀ + xᵢβ), the intercept unpenalised.
/// Each step solves (Xᵀ W X + λI) δ = −∇ with W = diag(p(1 − p)) by Cholesky (MathNet.Numerics); the Gram matrix
/// is built from vectorised column dot products in parallel. A step that does not lower the objective is halved, so
/// separable data (an identifier-like column) ends at the penalised optimum or at the iteration cap, never diverges.
/// Reference: Hastie, Tibshirani and Friedman, The Elements of Statistical Learning, 2nd ed., section 4.4.1.
/// </remarks>
public static class LogisticRegression
{
    /// <summary>Fits the model on the rows of <paramref name="x"/> with labels <paramref name="labels"/> (true = 1).</summary>
    /// <param name="x">The encoded features (see <see cref="FeatureEncoder"/>); an intercept is added.</param>
    /// <param name="labels">The 0/1 label of each row.</param>
    /// <param name="options">Penalty and convergence settings (defaults when null).</param>
    /// <param name="parallel">Parallelism for the Gram matrix (one thread when null).</param>
    public static LogisticRegressionModel Fit(FeatureMatrix x, ReadOnlySpan<bool> labels, LogisticRegressionOptions? options = null,
        ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (labels.Length != x.Rows)
        {
            throw new ArgumentException("Labels and rows differ in count.", nameof(labels));
        }

        options ??= new LogisticRegressionOptions();
        var n = x.Rows;
        var k = x.Columns;
        var y = new double[n];
        var positives = 0;
        for (var i = 0; i < n; i++)
        {
            if (labels[i])
            {
                y[i] = 1;
                positives++;
            }
        }

        var beta = new double[k];
        var rate = n == 0 ? 0.5 : Math.Clamp((double)positives / n, 1e-12, 1 - 1e-12);
        var intercept = Math.Log(rate / (1 - rate));
        if (n == 0 || positives == 0 || positives == n)
        {
            return new LogisticRegressionModel(n == 0 ? 0 : intercept, [.. beta], 0, true);
        }

        var objective = Objective(x, y, intercept, beta, options.L2);
        var converged = false;
        var iterations = 0;
        var weights = new double[n];
        // More features than rows (wide tables): solve each step through the rows (issue 17).
        var dual = DualNewtonStep.Applies(x, options.L2) ? new DualNewtonStep(x, options.L2, parallel) : null;
        while (iterations < options.MaxIterations && !converged)
        {
            iterations++;
            var eta = LinearAlgebra.LinearPredictor(x, intercept, beta);
            var residual = new double[n];
            for (var i = 0; i < n; i++)
            {
                var p = Sigmoid(eta[i]);
                residual[i] = p - y[i];
                weights[i] = Math.Max(p * (1 - p), 1e-12);
            }

            var gradient = new double[k + 1];
            gradient[0] = Sum(residual);
            for (var j = 0; j < k; j++)
            {
                gradient[j + 1] = System.Numerics.Tensors.TensorPrimitives.Dot(x.Column(j), residual) + (options.L2 * beta[j]);
            }

            double[] step;
            if (dual is not null)
            {
                step = dual.Solve(weights, gradient);
            }
            else
            {
                var hessian = LinearAlgebra.WeightedGram(x, weights, parallel);
                for (var j = 1; j <= k; j++)
                {
                    hessian[j, j] += options.L2;
                }

                step = LinearAlgebra.SolveSymmetric(hessian, gradient);
            }

            var scale = 1.0;
            var improved = false;
            for (var halving = 0; halving < 30; halving++)
            {
                var candidateIntercept = intercept - (scale * step[0]);
                var candidate = new double[k];
                for (var j = 0; j < k; j++)
                {
                    candidate[j] = beta[j] - (scale * step[j + 1]);
                }

                var value = Objective(x, y, candidateIntercept, candidate, options.L2);
                if (value <= objective)
                {
                    var change = Math.Abs(scale * step[0]);
                    for (var j = 0; j < k; j++)
                    {
                        change = Math.Max(change, Math.Abs(scale * step[j + 1]));
                    }

                    var relative = (objective - value) / Math.Max(1, Math.Abs(value));
                    intercept = candidateIntercept;
                    beta = candidate;
                    objective = value;
                    improved = true;
                    converged = change < options.Tolerance || relative < 1e-15;
                    break;
                }

                scale /= 2;
            }

            if (!improved)
            {
                converged = true;
            }
        }

        return new LogisticRegressionModel(intercept, [.. beta], iterations, converged);
    }

    /// <summary>The logistic function 1 / (1 + e^(−z)).</summary>
    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    private static double Objective(FeatureMatrix x, double[] y, double intercept, double[] beta, double l2)
    {
        var eta = LinearAlgebra.LinearPredictor(x, intercept, beta);
        double loss = 0;
        for (var i = 0; i < eta.Length; i++)
        {
            // log(1 + e^η) − yη, computed stably.
            var e = eta[i];
            loss += (e > 0 ? e + Math.Log(1 + Math.Exp(-e)) : Math.Log(1 + Math.Exp(e))) - (y[i] * e);
        }

        double penalty = 0;
        foreach (var b in beta)
        {
            penalty += b * b;
        }

        return loss + (0.5 * l2 * penalty);
    }

    private static double Sum(double[] values)
    {
        double s = 0;
        foreach (var v in values)
        {
            s += v;
        }

        return s;
    }
}
