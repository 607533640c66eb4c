using System.Collections.Immutable;

namespace SynthAudit.Metrics.Learning;

/// <summary>A fitted gradient-boosted tree ensemble (see <see cref="GradientBoosting"/>).</summary>
public sealed class GradientBoostingModel
{
    private readonly IReadOnlyList<RegressionTree[]> _trees;
    private readonly ImmutableArray<double> _baseline;

    internal GradientBoostingModel(BoostingObjective objective, int classCount, ImmutableArray<double> baseline,
        IReadOnlyList<RegressionTree[]> trees, ImmutableArray<double> featureImportances, ImmutableArray<string> featureNames)
    {
        Objective = objective;
        ClassCount = classCount;
        _baseline = baseline;
        _trees = trees;
        FeatureImportances = featureImportances;
        FeatureNames = featureNames;
    }

    /// <summary>The loss the model was fitted with.</summary>
    public BoostingObjective Objective { get; }

    /// <summary>The number of classes (1 for regression).</summary>
    public int ClassCount { get; }

    /// <summary>The boosting rounds fitted (fewer than the maximum after early stopping).</summary>
    public int Iterations => _trees.Count;

    /// <summary>Total split gain per feature, normalised to sum to 1 (all zero when no tree split).</summary>
    public ImmutableArray<double> FeatureImportances { get; }

    /// <summary>The feature names, in the order of <see cref="FeatureImportances"/>.</summary>
    public ImmutableArray<string> FeatureNames { get; }

    /// <summary>The raw scores: [score][row] (log-odds, per-class logits, or predictions).</summary>
    public double[][] PredictRaw(BinnedMatrix x, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Features != FeatureNames.Length)
        {
            throw new ArgumentException("The matrix does not have the model's feature count.", nameof(x));
        }

        var scores = _baseline.Length;
        var raw = new double[scores][];
        for (var k = 0; k < scores; k++)
        {
            raw[k] = new double[x.Rows];
        }

        const int block = 2048;
        var blocks = (x.Rows + block - 1) / block;
        void Run(int b)
        {
            var end = Math.Min(x.Rows, (b + 1) * block);
            for (var k = 0; k < scores; k++)
            {
                var target = raw[k];
                for (var i = b * block; i < end; i++)
                {
                    var sum = _baseline[k];
                    foreach (var round in _trees)
                    {
                        sum += round[k].Predict(x.Bins, x.Rows, i);
                    }

                    target[i] = sum;
                }
            }
        }

        if (parallel is not null && blocks > 1)
        {
            Parallel.For(0, blocks, parallel, Run);
        }
        else
        {
            for (var b = 0; b < blocks; b++)
            {
                Run(b);
            }
        }

        return raw;
    }

    /// <summary>P(class 1) of a binary classifier for every row.</summary>
    public double[] PredictPositiveProbabilities(BinnedMatrix x, ParallelOptions? parallel = null)
    {
        if (Objective != BoostingObjective.Binary)
        {
            throw new InvalidOperationException("The model is not a binary classifier.");
        }

        var raw = PredictRaw(x, parallel)[0];
        for (var i = 0; i < raw.Length; i++)
        {
            raw[i] = LogisticRegression.Sigmoid(raw[i]);
        }

        return raw;
    }

    /// <summary>Class probabilities of a classifier: [class][row].</summary>
    public double[][] PredictClassProbabilities(BinnedMatrix x, ParallelOptions? parallel = null)
    {
        if (Objective == BoostingObjective.Regression)
        {
            throw new InvalidOperationException("The model is a regressor.");
        }

        if (Objective == BoostingObjective.Binary)
        {
            var p = PredictPositiveProbabilities(x, parallel);
            return [p.Select(v => 1 - v).ToArray(), p];
        }

        var raw = PredictRaw(x, parallel);
        var probabilities = new double[ClassCount][];
        GradientBoosting.Softmax(raw, probabilities);
        return probabilities;
    }

    /// <summary>The predictions of a regressor for every row.</summary>
    public double[] Predict(BinnedMatrix x, ParallelOptions? parallel = null)
    {
        if (Objective != BoostingObjective.Regression)
        {
            throw new InvalidOperationException("The model is a classifier; use the probability methods.");
        }

        return PredictRaw(x, parallel)[0];
    }
}
