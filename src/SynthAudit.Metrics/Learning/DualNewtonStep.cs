using System.Numerics.Tensors;

namespace SynthAudit.Metrics.Learning;

/// <summary>The Newton step of an L2-penalised logistic regression with more features than rows, solved through the
/// rows (Woodbury identity) instead of the k × k Hessian.</summary>
/// <remarks>With C = XᵀWX + λI, C⁻¹v = (v − Xᵀ(λW⁻¹ + XXᵀ)⁻¹Xv)/λ, so each step factors an n × n matrix (n rows) instead
/// of a k × k one (k features): 1,000 columns of 5 levels on 480 rows is a 480 × 480 Cholesky per step, not a
/// 2,500 × 2,500 one. The unpenalised intercept is eliminated by its Schur complement. The step equals the primal
/// Newton step up to rounding. XXᵀ does not depend on the weights and is computed once per fit.</remarks>
internal sealed class DualNewtonStep
{
    private readonly FeatureMatrix _x;
    private readonly double _l2;
    private readonly double[,] _outer;

    /// <summary>Prepares the steps of one fit: XXᵀ, in parallel over rows.</summary>
    public DualNewtonStep(FeatureMatrix x, double l2, ParallelOptions? parallel)
    {
        _x = x;
        _l2 = l2;
        var n = x.Rows;
        var k = x.Columns;
        var rows = new double[n * k];
        for (var j = 0; j < k; j++)
        {
            var column = x.Column(j);
            for (var i = 0; i < n; i++)
            {
                rows[(i * k) + j] = column[i];
            }
        }

        var outer = new double[n, n];
        Parallel.For(0, n, parallel ?? new ParallelOptions { MaxDegreeOfParallelism = 1 }, i =>
        {
            var a = rows.AsSpan(i * k, k);
            for (var l = i; l < n; l++)
            {
                outer[i, l] = TensorPrimitives.Dot(a, rows.AsSpan(l * k, k));
            }
        });
        for (var i = 0; i < n; i++)
        {
            for (var l = 0; l < i; l++)
            {
                outer[i, l] = outer[l, i];
            }
        }

        _outer = outer;
    }

    /// <summary>Whether the dual step is the cheaper one: a positive penalty and more than 256 features, more than rows.</summary>
    public static bool Applies(FeatureMatrix x, double l2) => l2 > 0 && x.Columns > 256 && x.Columns + 1 > x.Rows;

    /// <summary>The solution s of H s = <paramref name="gradient"/> (intercept first), H the penalised Hessian at <paramref name="weights"/>.</summary>
    public double[] Solve(ReadOnlySpan<double> weights, double[] gradient)
    {
        var n = _x.Rows;
        var k = _x.Columns;
        var m = (double[,])_outer.Clone();
        for (var i = 0; i < n; i++)
        {
            m[i, i] += _l2 / weights[i];
        }

        var factor = Cholesky(m);
        // b = Xᵀ w (the intercept column of the Hessian), a = Σ w.
        var b = new double[k];
        for (var j = 0; j < k; j++)
        {
            b[j] = TensorPrimitives.Dot(_x.Column(j), weights);
        }

        var a = TensorPrimitives.Sum(weights);
        var rest = gradient.AsSpan(1).ToArray();
        var cg = Apply(factor, rest);
        var cb = Apply(factor, b);
        var step0 = (gradient[0] - TensorPrimitives.Dot(b, cg)) / (a - TensorPrimitives.Dot(b, cb));
        var step = new double[k + 1];
        step[0] = step0;
        for (var j = 0; j < k; j++)
        {
            step[j + 1] = cg[j] - (step0 * cb[j]);
        }

        return step;
    }

    /// <summary>C⁻¹v by the Woodbury identity, given the Cholesky factor of λW⁻¹ + XXᵀ.</summary>
    private double[] Apply(double[,] factor, double[] v)
    {
        var k = _x.Columns;
        var xv = LinearAlgebra.LinearPredictor(_x, 0, v);
        var u = CholeskySolve(factor, xv);
        var result = new double[k];
        for (var j = 0; j < k; j++)
        {
            result[j] = (v[j] - TensorPrimitives.Dot(_x.Column(j), u)) / _l2;
        }

        return result;
    }

    private static double[,] Cholesky(double[,] a)
    {
        var n = a.GetLength(0);
        var l = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            var diagonal = a[j, j];
            for (var p = 0; p < j; p++)
            {
                diagonal -= l[j, p] * l[j, p];
            }

            var root = Math.Sqrt(Math.Max(diagonal, 1e-300));
            l[j, j] = root;
            for (var i = j + 1; i < n; i++)
            {
                var sum = a[i, j];
                for (var p = 0; p < j; p++)
                {
                    sum -= l[i, p] * l[j, p];
                }

                l[i, j] = sum / root;
            }
        }

        return l;
    }

    private static double[] CholeskySolve(double[,] l, double[] b)
    {
        var n = b.Length;
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = b[i];
            for (var p = 0; p < i; p++)
            {
                sum -= l[i, p] * y[p];
            }

            y[i] = sum / l[i, i];
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var p = i + 1; p < n; p++)
            {
                sum -= l[p, i] * x[p];
            }

            x[i] = sum / l[i, i];
        }

        return x;
    }
}
