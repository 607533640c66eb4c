using System.Globalization;
using System.Runtime.Intrinsics;
using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Privacy;

namespace SynthAudit.Metrics.Tests.Privacy;

/// <summary>The fused KDE kernel (issue 17) against a plain scalar log-sum-exp loop.</summary>
public sealed class KdeKernelTests
{
    public static TheoryData<int, int, bool> Cases()
    {
        var cases = new TheoryData<int, int, bool>();
        foreach (var d in new[] { 1, 3, 12 })
        {
            // Sizes below one vector, not multiples of the eight lanes, and across chunk boundaries (1,024 points).
            foreach (var n in new[] { 1, 5, 13, 1_023, 1_025, 2_501 })
            {
                cases.Add(d, n, true);
                cases.Add(d, n, false);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void LogDensity_RandomDataWithFarPoints_EqualsScalarReferenceWithin1e12(int d, int n, bool wide)
    {
        // Arrange: Gaussian data, a few data points 1,000 bandwidths away, queries near, far (every kernel term below
        // 1e-300, so a plain sum underflows to zero) and between the clusters.
        var random = new DeterministicRandom((ulong)((d * 10_000) + n));
        var data = Columns(d, n, random, far: 40);
        var bandwidth = Enumerable.Range(0, d).Select(j => 0.05 + (0.1 * j)).ToArray();
        var points = Columns(d, 37, random, far: 3);
        for (var j = 0; j < d; j++)
        {
            points[j][0] = 1e3 + j;
            points[j][1] = -5e2;
        }

        var kde = new GaussianKde(data, bandwidth);

        // Act
        var actual = kde.LogDensity(points, new ParallelOptions(), wide);

        // Assert
        for (var p = 0; p < points[0].Length; p++)
        {
            var expected = ScalarLogDensity(data, bandwidth, points, p);
            Assert.True(double.IsFinite(actual[p]), "not finite at point " + p.ToString(CultureInfo.InvariantCulture));
            var relative = Math.Abs(actual[p] - expected) / Math.Max(1, Math.Abs(expected));
            Assert.True(relative <= 1e-12, string.Create(CultureInfo.InvariantCulture, $"point {p}: expected {expected:R}, got {actual[p]:R}"));
        }
    }

    [Fact]
    public void LogDensity_BothVectorWidthsAndAnyThreadCount_GiveTheSameBits()
    {
        // Arrange
        var random = new DeterministicRandom(11);
        var data = Columns(10, 5_003, random, far: 7);
        var points = Columns(10, 301, random, far: 2);
        var kde = new GaussianKde(data, GaussianKde.ScottBandwidths(data));

        // Act
        var wideOne = kde.LogDensity(points, new ParallelOptions { MaxDegreeOfParallelism = 1 }, wide: true);
        var wideAll = kde.LogDensity(points, new ParallelOptions(), wide: true);
        var narrowAll = kde.LogDensity(points, new ParallelOptions(), wide: false);

        // Assert
        Assert.Equal(wideOne, wideAll);
        Assert.Equal(wideOne, narrowAll);
    }

    [Fact]
    public void Exp_WholeRange_WithinOneUlpOfMathExpAndSameForBothWidths()
    {
        // Arrange: the ends of [−708, 0] and seeded points across it, many of them near 0 where the kernel terms matter.
        var random = new DeterministicRandom(13);
        var xs = new List<double> { 0, -1e-300, KdeExp.Floor, -0.5 * Math.Log(2), -Math.Log(2), -700.25 };
        for (var i = 0; i < 20_000; i++)
        {
            xs.Add(KdeExp.Floor * random.NextDouble() * (i % 2 == 0 ? 1 : 0.01));
        }

        foreach (var x in xs)
        {
            // Act
            var wide = KdeExp.Exp(Vector512.Create(x));
            var narrow = KdeExp.Exp(Vector256.Create(x));

            // Assert
            var expected = Math.Exp(x);
            var ulp = Math.BitIncrement(expected) - expected;
            Assert.True(Math.Abs(wide[0] - expected) <= ulp, string.Create(CultureInfo.InvariantCulture, $"exp({x:R}) = {wide[0]:R}, Math.Exp {expected:R}"));
            Assert.Equal(wide[0], narrow[0]);
            Assert.Equal(wide[0], wide[7]);
        }
    }

    private static double[][] Columns(int d, int n, DeterministicRandom random, int far)
    {
        var columns = new double[d][];
        for (var j = 0; j < d; j++)
        {
            columns[j] = new double[n];
            for (var i = 0; i < n; i++)
            {
                // Every far-th point sits 1,000 units out; the rest are standard normal.
                columns[j][i] = i % far == far - 1 ? 1e3 + random.NextGaussian() : random.NextGaussian();
            }
        }

        return columns;
    }

    /// <summary>The definition, one term at a time: log((1/n) Σᵢ Πⱼ φ(zᵢⱼ)/hⱼ) with the largest exponent factored out, and
    /// zᵢⱼ = xⱼ/hⱼ − yᵢⱼ·(1/hⱼ) scaled as the estimate scales (so the comparison measures the kernel, not the scaling).</summary>
    private static double ScalarLogDensity(double[][] data, double[] bandwidth, double[][] points, int p)
    {
        var d = data.Length;
        var n = data[0].Length;
        var exponents = new double[n];
        for (var i = 0; i < n; i++)
        {
            double sum = 0;
            for (var j = 0; j < d; j++)
            {
                var z = (data[j][i] * (1.0 / bandwidth[j])) - (points[j][p] / bandwidth[j]);
                sum += z * z;
            }

            exponents[i] = -0.5 * sum;
        }

        var max = exponents.Max();
        double total = 0;
        foreach (var e in exponents)
        {
            total += Math.Exp(e - max);
        }

        var logH = bandwidth.Sum(Math.Log);
        return max + Math.Log(total) - Math.Log(n) - logH - (0.5 * d * Math.Log(2 * Math.PI));
    }
}
