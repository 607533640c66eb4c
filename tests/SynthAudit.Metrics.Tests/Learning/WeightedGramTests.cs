using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Learning;

namespace SynthAudit.Metrics.Tests.Learning;

public sealed class WeightedGramTests
{
    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(7, 2, 3)]
    [InlineData(2049, 3, 12)]
    [InlineData(5000, 6, 9)]
    public void SparseAndDenseSums_EqualThePlainDoubleLoop(int rows, int numeric, int categorical)
    {
        // Arrange: standardised-looking numerics (some exact zeros) and one-hot blocks of 2 to 13 levels.
        var x = OneHotMatrix(rows, numeric, categorical, seed: rows);
        var weights = Weights(rows, seed: rows + 1);
        var options = new ParallelOptions { MaxDegreeOfParallelism = 3 };

        // Act
        var sparse = LinearAlgebra.SparseGram(SparseRows.From(x), x.Columns, weights, options);
        var dense = LinearAlgebra.DenseGram(x, weights, options);
        var full = LinearAlgebra.WeightedGram(x, weights, options);

        // Assert: upper triangles agree with the reference; the full matrix is symmetric with Σw in the corner.
        var reference = Reference(x, weights);
        for (var j = 0; j <= x.Columns; j++)
        {
            for (var l = j; l <= x.Columns; l++)
            {
                if (j + l == 0)
                {
                    continue;
                }

                var scale = Math.Max(1, Math.Abs(reference[j, l]));
                Assert.True(Math.Abs(sparse[j, l] - reference[j, l]) <= 1e-11 * scale, $"sparse [{j}, {l}]");
                Assert.True(Math.Abs(dense[j, l] - reference[j, l]) <= 1e-11 * scale, $"dense [{j}, {l}]");
                Assert.True(Math.Abs(full[j, l] - reference[j, l]) <= 1e-11 * scale, $"full [{j}, {l}]");
                Assert.Equal(full[j, l], full[l, j]);
            }
        }

        Assert.Equal(weights.Sum(), full[0, 0], 9);
    }

    [Fact]
    public void SparseSum_DoesNotDependOnTheThreadCount()
    {
        // Arrange
        var x = OneHotMatrix(20_000, 4, 10, seed: 5);
        var weights = Weights(x.Rows, seed: 6);

        // Act
        var one = LinearAlgebra.SparseGram(x.NonZeroRows, x.Columns, weights, new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var four = LinearAlgebra.SparseGram(x.NonZeroRows, x.Columns, weights, new ParallelOptions { MaxDegreeOfParallelism = 4 });

        // Assert: bit for bit.
        Assert.Equal(one.Cast<double>(), four.Cast<double>());
    }

    [Fact]
    public void OneHotFeatures_TakeTheSparsePath_DenseNumericsDoNot()
    {
        Assert.True(LinearAlgebra.PrefersSparse(OneHotMatrix(500, 2, 10, seed: 1)));
        Assert.False(LinearAlgebra.PrefersSparse(OneHotMatrix(500, 20, 0, seed: 1)));
    }

    [Fact]
    public void SparseRows_KeepNaNAndSkipZeros()
    {
        // Arrange: column-major 3 × 2: [1, 0], [0, NaN], [2, 3].
        var x = new FeatureMatrix(3, 2, [1, 0, 2, 0, double.NaN, 3]);

        // Act
        var rows = SparseRows.From(x);

        // Assert
        Assert.Equal([0, 1, 2, 4], rows.RowStart);
        Assert.Equal([0, 1, 0, 1], rows.Columns);
        Assert.Equal(1, rows.Values[0]);
        Assert.True(double.IsNaN(rows.Values[1]));
        Assert.Equal([2.0, 3.0], rows.Values[2..]);
        Assert.Equal(4, SparseRows.CountNonZeros(x));
    }

    private static double[,] Reference(FeatureMatrix x, double[] w)
    {
        var k = x.Columns;
        var g = new double[k + 1, k + 1];
        for (var i = 0; i < x.Rows; i++)
        {
            for (var j = 0; j <= k; j++)
            {
                var xj = j == 0 ? 1 : x[i, j - 1];
                for (var l = j; l <= k; l++)
                {
                    var xl = l == 0 ? 1 : x[i, l - 1];
                    g[j, l] += w[i] * xj * xl;
                }
            }
        }

        return g;
    }

    private static FeatureMatrix OneHotMatrix(int rows, int numeric, int categorical, int seed)
    {
        var random = new DeterministicRandom((ulong)seed);
        var levels = Enumerable.Range(0, categorical).Select(c => 2 + (c % 12)).ToArray();
        var k = numeric + levels.Sum();
        var values = new double[rows * k];
        for (var j = 0; j < numeric; j++)
        {
            for (var i = 0; i < rows; i++)
            {
                values[(j * rows) + i] = random.NextDouble() < 0.1 ? 0 : random.NextGaussian();
            }
        }

        var offset = numeric;
        foreach (var count in levels)
        {
            for (var i = 0; i < rows; i++)
            {
                values[((offset + random.NextInt(count)) * rows) + i] = 1;
            }

            offset += count;
        }

        return new FeatureMatrix(rows, k, values);
    }

    private static double[] Weights(int rows, int seed)
    {
        var random = new DeterministicRandom((ulong)seed);
        return [.. Enumerable.Range(0, rows).Select(_ => 0.01 + (0.24 * random.NextDouble()))];
    }
}
