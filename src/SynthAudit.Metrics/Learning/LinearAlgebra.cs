using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;

namespace SynthAudit.Metrics.Learning;

/// <summary>Shared dense linear-algebra steps of the linear models: weighted Gram matrices and symmetric solves.</summary>
internal static class LinearAlgebra
{
    /// <summary>The (k+1)×(k+1) matrix [1 X]ᵀ diag(w) [1 X] (intercept first), built column pair by column pair in parallel.</summary>
    public static double[,] WeightedGram(FeatureMatrix x, ReadOnlySpan<double> weights, ParallelOptions? parallel)
    {
        var k = x.Columns;
        var n = x.Rows;
        var gram = new double[k + 1, k + 1];
        var w = weights.ToArray();
        gram[0, 0] = TensorPrimitives.Sum(w);
        var options = parallel ?? new ParallelOptions { MaxDegreeOfParallelism = 1 };
        Parallel.For(0, k, options, () => new double[n], (j, _, buffer) =>
        {
            TensorPrimitives.Multiply(x.Column(j), w, buffer);
            gram[0, j + 1] = TensorPrimitives.Sum(buffer);
            for (var l = j; l < k; l++)
            {
                gram[j + 1, l + 1] = TensorPrimitives.Dot(buffer, x.Column(l));
            }

            return buffer;
        }, _ => { });
        for (var j = 0; j <= k; j++)
        {
            for (var l = 0; l < j; l++)
            {
                gram[j, l] = gram[l, j];
            }
        }

        return gram;
    }

    /// <summary>Solves the symmetric positive (semi)definite system A z = b by Cholesky, adding a tiny ridge when A is singular.</summary>
    /// <remarks>A hand-written Cholesky for the small systems of the linear models (k ≤ a few hundred): deterministic and
    /// free of provider start-up; MathNet's SVD is the last resort for a matrix no ridge makes positive definite.</remarks>
    public static double[] SolveSymmetric(double[,] a, double[] b)
    {
        var k = b.Length;
        var scale = 0.0;
        for (var i = 0; i < k; i++)
        {
            scale = Math.Max(scale, Math.Abs(a[i, i]));
        }

        scale = Math.Max(scale, 1e-300);
        var jitter = 0.0;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            if (TryCholeskySolve(a, b, jitter, out var solution))
            {
                return solution;
            }

            jitter = jitter == 0 ? scale * 1e-12 : jitter * 100;
        }

        var matrix = Matrix<double>.Build.DenseOfArray(a);
        return matrix.Svd().Solve(Vector<double>.Build.DenseOfArray(b)).ToArray();
    }

    private static bool TryCholeskySolve(double[,] a, double[] b, double jitter, out double[] solution)
    {
        var k = b.Length;
        var l = new double[k, k];
        solution = new double[k];
        for (var j = 0; j < k; j++)
        {
            var diagonal = a[j, j] + jitter;
            for (var p = 0; p < j; p++)
            {
                diagonal -= l[j, p] * l[j, p];
            }

            if (!(diagonal > 0) || !double.IsFinite(diagonal))
            {
                return false;
            }

            var root = Math.Sqrt(diagonal);
            l[j, j] = root;
            for (var i = j + 1; i < k; i++)
            {
                var sum = a[i, j];
                for (var p = 0; p < j; p++)
                {
                    sum -= l[i, p] * l[j, p];
                }

                l[i, j] = sum / root;
            }
        }

        var y = new double[k];
        for (var i = 0; i < k; i++)
        {
            var sum = b[i];
            for (var p = 0; p < i; p++)
            {
                sum -= l[i, p] * y[p];
            }

            y[i] = sum / l[i, i];
        }

        for (var i = k - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var p = i + 1; p < k; p++)
            {
                sum -= l[p, i] * solution[p];
            }

            solution[i] = sum / l[i, i];
        }

        return solution.All(double.IsFinite);
    }

    /// <summary>η = b₀ + X β for every row.</summary>
    public static double[] LinearPredictor(FeatureMatrix x, double intercept, ReadOnlySpan<double> coefficients)
    {
        var eta = new double[x.Rows];
        Array.Fill(eta, intercept);
        for (var j = 0; j < x.Columns; j++)
        {
            if (coefficients[j] != 0)
            {
                TensorPrimitives.MultiplyAdd(x.Column(j), coefficients[j], eta, eta);
            }
        }

        return eta;
    }
}
