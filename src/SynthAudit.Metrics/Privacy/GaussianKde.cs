using System.Numerics.Tensors;

namespace SynthAudit.Metrics.Privacy;

/// <summary>A product Gaussian kernel density estimate evaluated in log space.</summary>
/// <remarks><c>p̂(x) = (1/n) Σᵢ Πⱼ φ((xⱼ − yᵢⱼ)/hⱼ)/hⱼ</c>; the log density is computed with log-sum-exp so that far-away points
/// never underflow to zero. Bandwidths are given, or Scott's rule <c>hⱼ = σⱼ·n^(−1/(d+4))</c>.</remarks>
internal sealed class GaussianKde
{
    private readonly double[][] _scaled;
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
        _scaled = new double[data.Length][];
        double logH = 0;
        for (var j = 0; j < data.Length; j++)
        {
            _scaled[j] = new double[Count];
            TensorPrimitives.Multiply(data[j], 1.0 / bandwidth[j], _scaled[j]);
            logH += Math.Log(bandwidth[j]);
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

    /// <summary>Above this many data points the density is summed in cache-sized chunks (see <see cref="LogDensityChunked"/>).</summary>
    public const int ChunkedAbove = 1 << 16;

    private const int Chunk = 2048;

    /// <summary>The log density at each of the column-major <paramref name="points"/>.</summary>
    public double[] LogDensity(double[][] points, ParallelOptions options)
    {
        var m = points[0].Length;
        var result = new double[m];
        if (Count > ChunkedAbove)
        {
            LogDensityChunked(points, options, result);
            return result;
        }

        Parallel.For(0, m, options, () => (new double[Count], new double[Count]), (i, _, buffers) =>
        {
            var (exponent, diff) = buffers;
            Array.Clear(exponent);
            for (var j = 0; j < _scaled.Length; j++)
            {
                TensorPrimitives.Subtract(_scaled[j], points[j][i] / _bandwidth[j], diff);
                TensorPrimitives.MultiplyAdd(diff, diff, exponent, exponent);
            }

            // exponent holds Σ z²; log p = log Σ exp(−z²/2) + normaliser, via log-sum-exp around the largest term.
            var min = TensorPrimitives.Min(exponent);
            TensorPrimitives.Subtract(exponent, min, exponent);
            TensorPrimitives.Multiply(exponent, -0.5, exponent);
            TensorPrimitives.Exp(exponent, exponent);
            result[i] = (-0.5 * min) + Math.Log(TensorPrimitives.Sum(exponent)) + _logNormaliser;
            return buffers;
        }, _ => { });
        return result;
    }

    /// <summary>The log density of large data sets: the data are visited in chunks of 2,048 points whose buffers stay in
    /// the first-level cache (a whole-data buffer of 1M points is 8 MB per dimension pass), and the chunks' log-sum-exp
    /// terms are merged online around the running smallest exponent.</summary>
    private void LogDensityChunked(double[][] points, ParallelOptions options, double[] result)
    {
        Parallel.For(0, result.Length, options, () => (new double[Chunk], new double[Chunk]), (i, _, buffers) =>
        {
            var (exponentBuffer, diffBuffer) = buffers;
            double runningMin = double.PositiveInfinity, runningSum = 0;
            for (var start = 0; start < Count; start += Chunk)
            {
                var length = Math.Min(Chunk, Count - start);
                var exponent = exponentBuffer.AsSpan(0, length);
                var diff = diffBuffer.AsSpan(0, length);
                exponent.Clear();
                for (var j = 0; j < _scaled.Length; j++)
                {
                    TensorPrimitives.Subtract(_scaled[j].AsSpan(start, length), points[j][i] / _bandwidth[j], diff);
                    TensorPrimitives.MultiplyAdd(diff, diff, exponent, exponent);
                }

                var min = TensorPrimitives.Min(exponent);
                TensorPrimitives.Subtract(exponent, min, exponent);
                TensorPrimitives.Multiply(exponent, -0.5, exponent);
                TensorPrimitives.Exp(exponent, exponent);
                var sum = TensorPrimitives.Sum(exponent);
                if (min < runningMin)
                {
                    runningSum = (runningSum * Math.Exp(-0.5 * (runningMin - min))) + sum;
                    runningMin = min;
                }
                else
                {
                    runningSum += sum * Math.Exp(-0.5 * (min - runningMin));
                }
            }

            result[i] = (-0.5 * runningMin) + Math.Log(runningSum) + _logNormaliser;
            return buffers;
        }, _ => { });
    }
}
