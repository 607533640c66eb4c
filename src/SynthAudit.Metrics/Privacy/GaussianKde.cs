using System.Numerics.Tensors;
using System.Runtime.Intrinsics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>A product Gaussian kernel density estimate evaluated in log space.</summary>
/// <remarks><c>p̂(x) = (1/n) Σᵢ Πⱼ φ((xⱼ − yᵢⱼ)/hⱼ)/hⱼ</c>; the log density is computed with log-sum-exp so that far-away points
/// never underflow to zero. Bandwidths are given, or Scott's rule <c>hⱼ = σⱼ·n^(−1/(d+4))</c>.</remarks>
internal sealed class GaussianKde
{
    private readonly double[] _packed;
    private readonly double[] _bandwidth;
    private readonly double _logNormaliser;

    /// <summary>Creates the estimate over column-major <paramref name="data"/> (d columns of n values) with the given bandwidths.</summary>
    public GaussianKde(double[][] data, double[] bandwidth)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(bandwidth);
        if (data.Length == 0 || data.Length != bandwidth.Length || data[0].Length == 0)
        {
            throw new ArgumentException("Need at least one dimension, one point, and one bandwidth per dimension.", nameof(data));
        }

        _bandwidth = bandwidth;
        Count = data[0].Length;
        _packed = KdeKernel.Pack(data, [.. bandwidth.Select(h => 1.0 / h)]);
        double logH = 0;
        foreach (var h in bandwidth)
        {
            logH += Math.Log(h);
        }

        _logNormaliser = -Math.Log(Count) - logH - (data.Length * 0.5 * Math.Log(2 * Math.PI));
    }

    /// <summary>The number of data points.</summary>
    public int Count { get; }

    /// <summary>Scott's bandwidths for column-major data: sample standard deviation × n^(−1/(d+4)), floored at 1e-6.</summary>
    public static double[] ScottBandwidths(double[][] data)
    {
        var d = data.Length;
        var n = data[0].Length;
        var factor = Math.Pow(n, -1.0 / (d + 4));
        return data.Select(column =>
        {
            var mean = TensorPrimitives.Sum(column) / n;
            double ss = 0;
            foreach (var v in column)
            {
                ss += (v - mean) * (v - mean);
            }

            var sd = n > 1 ? Math.Sqrt(ss / (n - 1)) : 0;
            return Math.Max(sd, 1e-6) * factor;
        }).ToArray();
    }

    /// <summary>The log density at each of the column-major <paramref name="points"/>; each point's value is computed by one
    /// thread in a fixed order (see <see cref="KdeKernel"/>), so it does not depend on the number of threads.</summary>
    public double[] LogDensity(double[][] points, ParallelOptions options) =>
        LogDensity(points, options, Vector512.IsHardwareAccelerated);

    /// <summary>As <see cref="LogDensity(double[][], ParallelOptions)"/> with the vector width chosen (tests: both widths give
    /// the same bits).</summary>
    internal double[] LogDensity(double[][] points, ParallelOptions options, bool wide)
    {
        var d = _bandwidth.Length;
        var result = new double[points[0].Length];
        Parallel.For(0, result.Length, options, () => (Query: new double[d], Buffer: new double[KdeKernel.ChunkBlocks * KdeKernel.Lanes]), (i, _, local) =>
        {
            for (var j = 0; j < d; j++)
            {
                local.Query[j] = points[j][i] / _bandwidth[j];
            }

            result[i] = KdeKernel.LogSumExp(_packed, d, local.Query, local.Buffer, wide) + _logNormaliser;
            return local;
        }, _ => { });
        return result;
    }
}
