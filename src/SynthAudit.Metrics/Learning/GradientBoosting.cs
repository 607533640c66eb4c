using System.Collections.Immutable;
using SynthAudit.Core.Randomness;

namespace SynthAudit.Metrics.Learning;

/// <summary>Histogram gradient-boosted trees (LightGBM / scikit-learn HistGradientBoosting style) for classification and regression.</summary>
/// <remarks>
/// Friedman (2001) gradient boosting with second-order (Newton) leaf values, as in XGBoost (Chen and Guestrin 2016) and
/// LightGBM (Ke et al. 2017): each round fits one tree per raw score to the loss gradients and hessians over features
/// binned by <see cref="FeatureBinner"/>, grown leaf-wise by <c>TreeGrower</c>. Losses: binary log loss (start at the
/// log-odds of the base rate), softmax cross-entropy (one tree per class per round, start at the log priors) and squared
/// error (start at the mean). With early stopping, a seeded (stratified) validation share is held out and boosting stops
/// when the validation loss has not improved by <c>Tolerance</c> on the value <c>IterationsWithoutImprovement</c> rounds
/// earlier; all rounds fitted so far are kept, as scikit-learn does. Rows are first put in a canonical order (sorted by a
/// hash of their content), so shuffling the input rows changes nothing, not even the last bit. Feature importance = total split gain per feature,
/// normalised to sum to 1.
/// </remarks>
public static class GradientBoosting
{
    /// <summary>Fits a classifier on labels 0 … <paramref name="classCount"/> − 1 (binary when 2).</summary>
    /// <param name="x">The binned features.</param>
    /// <param name="labels">The class index of each row.</param>
    /// <param name="classCount">The number of classes (at least 2).</param>
    /// <param name="options">Settings (scikit-learn defaults when null).</param>
    /// <param name="random">The stream for the validation split (seed 0 when null).</param>
    /// <param name="parallel">Parallelism for histogram building (one thread when null).</param>
    public static GradientBoostingModel FitClassifier(BinnedMatrix x, ReadOnlySpan<int> labels, int classCount,
        GradientBoostingOptions? options = null, DeterministicRandom? random = null, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        if (labels.Length != x.Rows)
        {
            throw new ArgumentException("Labels and rows differ in count.", nameof(labels));
        }

        foreach (var l in labels)
        {
            if (l < 0 || l >= classCount)
            {
                throw new ArgumentException("A label is outside 0 … classCount − 1.", nameof(labels));
            }
        }

        var objective = classCount == 2 ? BoostingObjective.Binary : BoostingObjective.Multiclass;
        var y = new double[labels.Length];
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = labels[i];
        }

        return Fit(x, y, objective, classCount, options ?? new GradientBoostingOptions(), random ?? new DeterministicRandom(0), parallel);
    }

    /// <summary>Fits a squared-error regressor.</summary>
    /// <param name="x">The binned features.</param>
    /// <param name="y">The response of each row (finite).</param>
    /// <param name="options">Settings (scikit-learn defaults when null).</param>
    /// <param name="random">The stream for the validation split (seed 0 when null).</param>
    /// <param name="parallel">Parallelism for histogram building (one thread when null).</param>
    public static GradientBoostingModel FitRegressor(BinnedMatrix x, ReadOnlySpan<double> y, GradientBoostingOptions? options = null,
        DeterministicRandom? random = null, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (y.Length != x.Rows)
        {
            throw new ArgumentException("Responses and rows differ in count.", nameof(y));
        }

        return Fit(x, y.ToArray(), BoostingObjective.Regression, 1, options ?? new GradientBoostingOptions(), random ?? new DeterministicRandom(0), parallel);
    }

    private static GradientBoostingModel Fit(BinnedMatrix x, double[] y, BoostingObjective objective, int classCount,
        GradientBoostingOptions options, DeterministicRandom random, ParallelOptions? parallel)
    {
        // Canonical row order: the fit (validation split, floating-point sums) does not depend on the order of the input rows.
        var canonical = CanonicalOrder(x, y);
        x = x.TakeRows(canonical);
        y = canonical.Select(r => y[r]).ToArray();
        var stop = options.EarlyStopping == EarlyStoppingMode.On || (options.EarlyStopping == EarlyStoppingMode.Auto && x.Rows > 10_000);
        int[] trainRows;
        int[] validRows;
        if (stop)
        {
            (trainRows, validRows) = ValidationSplit(y, objective, classCount, options.ValidationFraction, random);
            stop = validRows.Length > 0 && trainRows.Length > 0;
        }
        else
        {
            trainRows = Enumerable.Range(0, x.Rows).ToArray();
            validRows = [];
        }

        var train = stop ? x.TakeRows(trainRows) : x;
        var valid = stop ? x.TakeRows(validRows) : null;
        var yTrain = stop ? trainRows.Select(r => y[r]).ToArray() : y;
        var yValid = stop ? validRows.Select(r => y[r]).ToArray() : [];
        var scores = objective == BoostingObjective.Multiclass ? classCount : 1;
        var baseline = Baseline(yTrain, objective, classCount);
        var raw = new double[scores][];
        var rawValid = new double[scores][];
        for (var k = 0; k < scores; k++)
        {
            raw[k] = new double[train.Rows];
            Array.Fill(raw[k], baseline[k]);
            rawValid[k] = new double[yValid.Length];
            Array.Fill(rawValid[k], baseline[k]);
        }

        var grower = new TreeGrower(train, options, parallel);
        var g = new double[train.Rows];
        var h = new double[train.Rows];
        var importance = new double[x.Features];
        var trees = new List<RegressionTree[]>();
        var validScores = new List<double>();
        if (stop)
        {
            validScores.Add(-Loss(rawValid, yValid, objective));
        }

        var probabilities = objective == BoostingObjective.Multiclass ? new double[classCount][] : null;
        for (var iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            if (probabilities is not null)
            {
                Softmax(raw, probabilities);
            }

            var round = new RegressionTree[scores];
            for (var k = 0; k < scores; k++)
            {
                Gradients(raw[k], probabilities?[k], yTrain, objective, k, g, h);
                round[k] = grower.Grow(g, h, raw[k], importance);
            }

            trees.Add(round);
            if (!stop)
            {
                continue;
            }

            for (var k = 0; k < scores; k++)
            {
                for (var i = 0; i < valid!.Rows; i++)
                {
                    rawValid[k][i] += round[k].Predict(valid.Bins, valid.Rows, i);
                }
            }

            validScores.Add(-Loss(rawValid, yValid, objective));
            if (ShouldStop(validScores, options))
            {
                break;
            }
        }

        var total = importance.Sum();
        var normalised = importance.Select(v => total > 0 ? v / total : 0).ToImmutableArray();
        return new GradientBoostingModel(objective, classCount, [.. baseline], trees, normalised, x.Names);
    }

    /// <summary>The rows sorted by a 64-bit hash of their bins and label (identical rows are interchangeable).</summary>
    private static int[] CanonicalOrder(BinnedMatrix x, double[] y)
    {
        var n = x.Rows;
        var hash = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            hash[i] = 0x9E3779B97F4A7C15UL ^ (ulong)BitConverter.DoubleToInt64Bits(y[i]);
        }

        for (var f = 0; f < x.Features; f++)
        {
            var bins = x.Feature(f);
            for (var i = 0; i < n; i++)
            {
                hash[i] = (hash[i] ^ bins[i]) * 0x100000001B3UL;
                hash[i] ^= hash[i] >> 29;
            }
        }

        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            var z = hash[i];
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            hash[i] = z ^ (z >> 31);
            order[i] = i;
        }

        Array.Sort(hash, order);
        return order;
    }

    private static bool ShouldStop(List<double> scores, GradientBoostingOptions options)
    {
        var n = options.IterationsWithoutImprovement;
        if (scores.Count <= n)
        {
            return false;
        }

        var reference = scores[scores.Count - n - 1];
        for (var i = scores.Count - n; i < scores.Count; i++)
        {
            if (scores[i] > reference + options.Tolerance)
            {
                return false;
            }
        }

        return true;
    }

    private static (int[] Train, int[] Valid) ValidationSplit(double[] y, BoostingObjective objective, int classCount, double fraction,
        DeterministicRandom random)
    {
        var n = y.Length;
        var isValid = new bool[n];
        if (objective == BoostingObjective.Regression)
        {
            var take = (int)Math.Round(fraction * n, MidpointRounding.AwayFromZero);
            foreach (var r in random.SampleWithoutReplacement(n, Math.Clamp(take, 0, n)))
            {
                isValid[r] = true;
            }
        }
        else
        {
            for (var c = 0; c < classCount; c++)
            {
                var members = Enumerable.Range(0, n).Where(i => (int)y[i] == c).ToArray();
                var take = (int)Math.Round(fraction * members.Length, MidpointRounding.AwayFromZero);
                foreach (var r in random.SampleWithoutReplacement(members.Length, Math.Clamp(take, 0, members.Length)))
                {
                    isValid[members[r]] = true;
                }
            }
        }

        var train = Enumerable.Range(0, n).Where(i => !isValid[i]).ToArray();
        var valid = Enumerable.Range(0, n).Where(i => isValid[i]).ToArray();
        return (train, valid);
    }

    private static double[] Baseline(double[] y, BoostingObjective objective, int classCount)
    {
        if (y.Length == 0)
        {
            return new double[objective == BoostingObjective.Multiclass ? classCount : 1];
        }

        switch (objective)
        {
            case BoostingObjective.Regression:
                return [y.Average()];
            case BoostingObjective.Binary:
            {
                var p = Math.Clamp(y.Average(), 1e-15, 1 - 1e-15);
                return [Math.Log(p / (1 - p))];
            }

            default:
            {
                var counts = new double[classCount];
                foreach (var v in y)
                {
                    counts[(int)v]++;
                }

                return counts.Select(c => Math.Log(Math.Clamp(c / y.Length, 1e-15, 1))).ToArray();
            }
        }
    }

    private static void Gradients(double[] raw, double[]? probability, double[] y, BoostingObjective objective, int k, double[] g, double[] h)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            switch (objective)
            {
                case BoostingObjective.Regression:
                    g[i] = raw[i] - y[i];
                    h[i] = 1;
                    break;
                case BoostingObjective.Binary:
                {
                    var p = LogisticRegression.Sigmoid(raw[i]);
                    g[i] = p - y[i];
                    h[i] = p * (1 - p);
                    break;
                }

                default:
                {
                    var p = probability![i];
                    g[i] = p - ((int)y[i] == k ? 1 : 0);
                    h[i] = p * (1 - p);
                    break;
                }
            }
        }
    }

    internal static void Softmax(double[][] raw, double[][] probabilities)
    {
        var classes = raw.Length;
        var n = raw[0].Length;
        for (var k = 0; k < classes; k++)
        {
            if (probabilities[k] is null || probabilities[k].Length != n)
            {
                probabilities[k] = new double[n];
            }
        }

        for (var i = 0; i < n; i++)
        {
            var max = double.NegativeInfinity;
            for (var k = 0; k < classes; k++)
            {
                max = Math.Max(max, raw[k][i]);
            }

            double sum = 0;
            for (var k = 0; k < classes; k++)
            {
                var e = Math.Exp(raw[k][i] - max);
                probabilities[k][i] = e;
                sum += e;
            }

            for (var k = 0; k < classes; k++)
            {
                probabilities[k][i] /= sum;
            }
        }
    }

    private static double Loss(double[][] raw, double[] y, BoostingObjective objective)
    {
        var n = y.Length;
        if (n == 0)
        {
            return 0;
        }

        double loss = 0;
        for (var i = 0; i < n; i++)
        {
            switch (objective)
            {
                case BoostingObjective.Regression:
                {
                    var d = raw[0][i] - y[i];
                    loss += 0.5 * d * d;
                    break;
                }

                case BoostingObjective.Binary:
                {
                    var e = raw[0][i];
                    loss += (e > 0 ? e + Math.Log(1 + Math.Exp(-e)) : Math.Log(1 + Math.Exp(e))) - (y[i] * e);
                    break;
                }

                default:
                {
                    var max = double.NegativeInfinity;
                    for (var k = 0; k < raw.Length; k++)
                    {
                        max = Math.Max(max, raw[k][i]);
                    }

                    double sum = 0;
                    for (var k = 0; k < raw.Length; k++)
                    {
                        sum += Math.Exp(raw[k][i] - max);
                    }

                    loss += max + Math.Log(sum) - raw[(int)y[i]][i];
                    break;
                }
            }
        }

        return loss / n;
    }
}
