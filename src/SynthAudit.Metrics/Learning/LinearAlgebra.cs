using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;

namespace SynthAudit.Metrics.Learning;

/// <summary>Shared dense linear-algebra steps of the linear models: weighted Gram matrices and symmetric solves.</summary>
internal static class LinearAlgebra
{
    /// <summary>The (k+1)×(k+1) matrix [1 X]ᵀ diag(w) [1 X] (intercept first).</summary>
    /// <remarks>Mostly-zero features (one-hot encodings) are summed row by row over each row's non-zero entries
    /// (<see cref="SparseGram"/>); dense ones column pair by column pair (<see cref="DenseGram"/>). Both are
    /// deterministic whatever the parallelism.</remarks>
    public static double[,] WeightedGram(FeatureMatrix x, ReadOnlySpan<double> weights, ParallelOptions? parallel)
    {
        ArgumentNullException.ThrowIfNull(x);
        var options = parallel ?? new ParallelOptions { MaxDegreeOfParallelism = 1 };
        var gram = PrefersSparse(x) ? SparseGram(x.NonZeroRows, x.Columns, weights, options) : DenseGram(x, weights, options);
        gram[0, 0] = TensorPrimitives.Sum(weights);
        var k = x.Columns;
        for (var j = 0; j <= k; j++)
        {
            for (var l = 0; l < j; l++)
            {
                gram[j, l] = gram[l, j];
            }
        }

        return gram;
    }

    /// <summary>Whether the row-wise sum is the cheaper one: it costs about m²/2 scalar updates per row (m non-zero
    /// entries), the column-pair sum k²/2 vectorised multiply-adds per row (k features), so the sparse sum wins when m is
    /// below about k/3.</summary>
    internal static bool PrefersSparse(FeatureMatrix x)
    {
        if (x.Columns < 16 || x.Rows == 0)
        {
            return false;
        }

        // Decided from the count alone: the row lists are built only when the sparse sum is used.
        var m = (double)x.NonZeroCount / x.Rows;
        return 9 * m * m < (double)x.Columns * x.Columns;
    }

    /// <summary>The upper triangle of the weighted Gram matrix, column pair by column pair in parallel (entry [0, 0] is left
    /// to the caller).</summary>
    internal static double[,] DenseGram(FeatureMatrix x, ReadOnlySpan<double> weights, ParallelOptions options)
    {
        var k = x.Columns;
        var n = x.Rows;
        var gram = new double[k + 1, k + 1];
        var w = weights.ToArray();
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
        return gram;
    }

    /// <summary>Rows per block of the sparse sum, and the memory all blocks' partial matrices may take.</summary>
    private const int SparseBlockRows = 2048;

    private const long SparsePartialBytes = 32L << 20;

    /// <summary>The upper triangle of the weighted Gram matrix from each row's non-zero entries (entry [0, 0] is left to
    /// the caller).</summary>
    /// <remarks>The rows are cut into a number of blocks fixed by the row and feature counts only; each block sums into
    /// its own partial matrix, in parallel, and the partials are added in block order, so the result does not depend on
    /// the number of threads.</remarks>
    internal static double[,] SparseGram(SparseRows rows, int k, ReadOnlySpan<double> weights, ParallelOptions options)
    {
        var n = rows.Rows;
        var width = k + 1;
        var cells = (long)width * width;
        var maxBlocks = (int)Math.Clamp(SparsePartialBytes / (cells * sizeof(double)), 1, 64);
        var blocks = Math.Clamp((n + SparseBlockRows - 1) / SparseBlockRows, 1, maxBlocks);
        var partials = new double[blocks][];
        var w = weights.ToArray();
        Parallel.For(0, blocks, options, b =>
        {
            var partial = new double[cells];
            var start = (int)((long)n * b / blocks);
            var end = (int)((long)n * (b + 1) / blocks);
            var columns = rows.Columns;
            var values = rows.Values;
            for (var i = start; i < end; i++)
            {
                var wi = w[i];
                var last = rows.RowStart[i + 1];
                for (var a = rows.RowStart[i]; a < last; a++)
                {
                    var ca = columns[a] + 1;
                    var wa = wi * values[a];
                    partial[ca] += wa;
                    var row = ca * width;
                    for (var c = a; c < last; c++)
                    {
                        partial[row + columns[c] + 1] += wa * values[c];
                    }
                }
            }

            partials[b] = partial;
        });
        var gram = new double[width, width];
        var total = System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref gram[0, 0], (int)cells);
        foreach (var partial in partials)
        {
            TensorPrimitives.Add(total, partial, total);
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
