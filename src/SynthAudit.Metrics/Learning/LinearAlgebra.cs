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

    /// <summary>Solves the symmetric positive (semi)definite system A z = b, adding a tiny ridge when A is singular.</summary>
    public static double[] SolveSymmetric(double[,] a, double[] b)
    {
        var matrix = Matrix<double>.Build.DenseOfArray(a);
        var rhs = Vector<double>.Build.DenseOfArray(b);
        var jitter = 0.0;
        var scale = 0.0;
        for (var i = 0; i < b.Length; i++)
        {
            scale = Math.Max(scale, Math.Abs(a[i, i]));
        }

        scale = Math.Max(scale, 1e-300);
        for (var attempt = 0; attempt < 8; attempt++)
        {
            try
            {
                var m = jitter > 0 ? matrix + (Matrix<double>.Build.DenseIdentity(b.Length) * jitter) : matrix;
                var solution = m.Cholesky().Solve(rhs).ToArray();
                if (solution.All(double.IsFinite))
                {
                    return solution;
                }
            }
            catch (ArgumentException)
            {
                // Not positive definite: retry with a larger ridge.
            }

            jitter = jitter == 0 ? scale * 1e-12 : jitter * 100;
        }

        return matrix.Svd().Solve(rhs).ToArray();
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
