using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Data;
using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Privacy;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Privacy;

/// <summary>The density attack at scale (issue 17): kernel sums over many chunks, capped one-hot levels, randomised PCA.</summary>
public sealed class DensityScaleTests
{
    [Fact]
    public void LogDensity_SeventyThousandPoints_EqualsDirectLogSumExp()
    {
        // Arrange: 70,000 two-dimensional points (many kernel chunks) and a direct log-sum-exp reference.
        var random = new DeterministicRandom(3);
        var n = 70_000;
        double[][] data = [new double[n], new double[n]];
        for (var i = 0; i < n; i++)
        {
            data[0][i] = random.NextGaussian();
            data[1][i] = 3 * random.NextGaussian();
        }

        double[] bandwidth = [0.2, 0.5];
        var kde = new GaussianKde(data, bandwidth);
        double[][] points = [[0, 1.5, -4, 9], [0, -2, 7, 30]];

        // Act
        var log = kde.LogDensity(points, new ParallelOptions());

        // Assert
        for (var p = 0; p < 4; p++)
        {
            var exponents = new double[n];
            for (var i = 0; i < n; i++)
            {
                var z0 = (points[0][p] - data[0][i]) / bandwidth[0];
                var z1 = (points[1][p] - data[1][i]) / bandwidth[1];
                exponents[i] = -0.5 * ((z0 * z0) + (z1 * z1));
            }

            var max = exponents.Max();
            var expected = max + Math.Log(exponents.Sum(e => Math.Exp(e - max))) - Math.Log(n) - Math.Log(bandwidth[0] * bandwidth[1]) - Math.Log(2 * Math.PI);
            Tolerance.Equal(expected, log[p], 1e-9);
        }
    }

    [Fact]
    public void Features_ThousandLevelColumn_KeepsMostFrequentLevelsAndPoolsTheRest()
    {
        // Arrange: one numeric column and one categorical column with 1,000 levels (level 0 frequent, the rest rare).
        var rows = 5_000;
        var random = new DeterministicRandom(5);
        var levels = Enumerable.Range(0, 1000).Select(i => "L" + i.ToString(CultureInfo.InvariantCulture)).ToImmutableArray();
        var codes = new int[rows];
        var values = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            codes[i] = i % 2 == 0 ? 0 : random.NextInt(levels.Length);
            values[i] = random.NextGaussian();
        }

        var table = new Table("t", [new NumericColumn("x", values), new CategoricalColumn("c", codes, levels)]);
        var all = Enumerable.Range(0, rows).ToArray();

        // Act
        var features = new DensityFeatures(["x", "c"], [(table, all)], new DeterministicRandom(1));
        var transformed = features.Transform(table, all);

        // Assert: 1 numeric + 64 kept levels + 1 "other" indicator, projected on 10 components.
        Assert.Equal(1 + DensityFeatures.MaxLevels + 1, features.RawDimensions);
        Assert.Equal(["c"], features.PooledColumns);
        Assert.Equal(DensityFeatures.MaxDimensions, features.Dimensions);
        Assert.Equal(DensityFeatures.MaxDimensions, transformed.Length);
        Assert.All(transformed, c => Assert.Equal(rows, c.Length));
        Assert.All(transformed, c => Assert.All(c, v => Assert.True(double.IsFinite(v))));
    }

    [Fact]
    public void Features_ManyFeatures_RandomisedComponentsAreOrthonormal()
    {
        // Arrange: 300 numeric columns (above the exact-PCA limit), 400 rows with a strong common factor.
        var rows = 400;
        var random = new DeterministicRandom(9);
        var factor = Enumerable.Range(0, rows).Select(_ => random.NextGaussian()).ToArray();
        var columns = new List<Column>();
        for (var j = 0; j < 300; j++)
        {
            var v = new double[rows];
            for (var i = 0; i < rows; i++)
            {
                v[i] = (3 * factor[i]) + random.NextGaussian();
            }

            columns.Add(new NumericColumn("n" + j.ToString(CultureInfo.InvariantCulture), v));
        }

        var table = new Table("t", columns);
        var all = Enumerable.Range(0, rows).ToArray();

        // Act
        var features = new DensityFeatures([.. columns.Select(c => c.Name)], [(table, all)], new DeterministicRandom(2));
        var transformed = features.Transform(table, all);

        // Assert: 10 components; the first carries the common factor (|correlation| near 1).
        Assert.True(features.RawDimensions > DensityFeatures.ExactPcaMaxFeatures);
        Assert.Equal(DensityFeatures.MaxDimensions, features.Components);
        var first = transformed[0];
        var correlation = Math.Abs(MathNet.Numerics.Statistics.Correlation.Pearson(first, factor));
        Assert.True(correlation > 0.99, "correlation " + correlation.ToString(CultureInfo.InvariantCulture));
    }
}
