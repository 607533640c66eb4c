using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Learning;
using SynthAudit.Metrics.Statistics;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Learning;

public sealed class GradientBoostingTests
{
    [Fact]
    public void FitRegressor_SingleStump_RecoversKnownThreshold()
    {
        // Arrange: y jumps from 0 to 1 at x = 60.
        var x = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        var y = x.Select(v => v >= 60 ? 1.0 : 0.0).ToArray();
        var table = new TableBuilder().Numeric("x", x).Build();
        var bins = FeatureBinner.Fit(table, ["x"]).Transform(table);
        var options = new GradientBoostingOptions(MaxIterations: 1, LearningRate: 1, MaxLeafNodes: 2, MinSamplesLeaf: 1);

        // Act
        var model = GradientBoosting.FitRegressor(bins, y, options);
        var predicted = model.Predict(bins);

        // Assert: one split, exactly at the jump, leaves at the class means.
        for (var i = 0; i < 100; i++)
        {
            Tolerance.Equal(y[i], predicted[i], 1e-12);
        }

        Assert.Equal(1.0, model.FeatureImportances[0]);
    }

    [Fact]
    public void FitClassifier_NoiselessXor_ReachesAucOne()
    {
        // Arrange: y = a XOR b with a numeric and a categorical input; neither alone predicts anything.
        var random = new DeterministicRandom(7);
        var n = 800;
        var a = new double[n];
        var b = new string?[n];
        var labels = new int[n];
        for (var i = 0; i < n; i++)
        {
            a[i] = random.NextInt(10);
            var bit = random.NextInt(2);
            b[i] = bit == 1 ? "yes" : "no";
            labels[i] = (a[i] >= 5 ? 1 : 0) ^ bit;
        }

        var table = new TableBuilder().Numeric("a", a).Categorical("b", b).Build();
        var bins = FeatureBinner.Fit(table, ["a", "b"]).Transform(table);

        // Act
        var model = GradientBoosting.FitClassifier(bins, labels, 2);
        var p = model.PredictPositiveProbabilities(bins);

        // Assert
        Tolerance.Equal(1.0, RocAuc.Compute(p, labels.Select(l => l == 1).ToArray()));
    }

    [Fact]
    public void FitClassifier_CategoricalLevelSet_SplitsNatively()
    {
        // Arrange: positives are levels {b, d} of a 5-level column, an unordered set no single threshold isolates.
        string[] levels = ["a", "b", "c", "d", "e"];
        var values = Enumerable.Range(0, 500).Select(i => levels[i % 5]).ToArray();
        var labels = values.Select(v => v is "b" or "d" ? 1 : 0).ToArray();
        var table = new TableBuilder().Categorical("c", values).Build();
        var bins = FeatureBinner.Fit(table, ["c"]).Transform(table);
        var options = new GradientBoostingOptions(MaxIterations: 1, MaxLeafNodes: 2);

        // Act
        var model = GradientBoosting.FitClassifier(bins, labels, 2, options);
        var p = model.PredictPositiveProbabilities(bins);

        // Assert: one split separates the classes exactly.
        Tolerance.Equal(1.0, RocAuc.Compute(p, labels.Select(l => l == 1).ToArray()));
    }

    [Fact]
    public void FitClassifier_MissingValues_LearnDefaultDirection()
    {
        // Arrange: missing x means positive; present x is uninformative.
        var n = 400;
        var x = new double[n];
        var labels = new int[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = i % 4 == 0 ? double.NaN : i;
            labels[i] = i % 4 == 0 ? 1 : 0;
        }

        var table = new TableBuilder().Numeric("x", x).Build();
        var bins = FeatureBinner.Fit(table, ["x"]).Transform(table);

        // Act
        var model = GradientBoosting.FitClassifier(bins, labels, 2, new GradientBoostingOptions(MaxIterations: 5));
        var p = model.PredictPositiveProbabilities(bins);

        // Assert
        Tolerance.Equal(1.0, RocAuc.Compute(p, labels.Select(l => l == 1).ToArray()));
    }

    [Fact]
    public void FitClassifier_Multiclass_ProbabilitiesSumToOneAndSeparate()
    {
        // Arrange: three classes by the range of x.
        var x = Enumerable.Range(0, 300).Select(i => (double)i).ToArray();
        var labels = x.Select(v => (int)(v / 100)).ToArray();
        var table = new TableBuilder().Numeric("x", x).Build();
        var bins = FeatureBinner.Fit(table, ["x"]).Transform(table);

        // Act
        var model = GradientBoosting.FitClassifier(bins, labels, 3, new GradientBoostingOptions(MaxIterations: 20));
        var p = model.PredictClassProbabilities(bins);

        // Assert
        for (var i = 0; i < 300; i++)
        {
            Tolerance.Equal(1.0, p[0][i] + p[1][i] + p[2][i], 1e-12);
            var argmax = p[0][i] > p[1][i] ? (p[0][i] > p[2][i] ? 0 : 2) : (p[1][i] > p[2][i] ? 1 : 2);
            Assert.Equal(labels[i], argmax);
        }
    }

    [Fact]
    public void FitClassifier_SameSeedAndThreadCounts_GiveIdenticalModels()
    {
        // Arrange: early stopping on, so the seeded validation split matters.
        var (bins, labels) = Synthetic(3000, 11);
        var options = new GradientBoostingOptions(MaxIterations: 30, EarlyStopping: EarlyStoppingMode.On);

        // Act
        var one = GradientBoosting.FitClassifier(bins, labels, 2, options, new DeterministicRandom(5), new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var two = GradientBoosting.FitClassifier(bins, labels, 2, options, new DeterministicRandom(5), new ParallelOptions { MaxDegreeOfParallelism = 2 });
        var other = GradientBoosting.FitClassifier(bins, labels, 2, options, new DeterministicRandom(6), new ParallelOptions { MaxDegreeOfParallelism = 2 });

        // Assert
        Assert.Equal(one.PredictPositiveProbabilities(bins), two.PredictPositiveProbabilities(bins, new ParallelOptions { MaxDegreeOfParallelism = 2 }));
        Assert.Equal(one.FeatureImportances.ToArray(), two.FeatureImportances.ToArray());
        Assert.NotEqual(one.PredictPositiveProbabilities(bins), other.PredictPositiveProbabilities(bins));
    }

    private static (BinnedMatrix Bins, int[] Labels) Synthetic(int n, ulong seed)
    {
        var random = new DeterministicRandom(seed);
        var x1 = new double[n];
        var x2 = new double[n];
        var labels = new int[n];
        for (var i = 0; i < n; i++)
        {
            x1[i] = random.NextGaussian();
            x2[i] = random.NextGaussian();
            labels[i] = x1[i] + (0.5 * x2[i]) + random.NextGaussian() > 0 ? 1 : 0;
        }

        var table = new TableBuilder().Numeric("x1", x1).Numeric("x2", x2).Build();
        return (FeatureBinner.Fit(table, ["x1", "x2"]).Transform(table), labels);
    }
}
