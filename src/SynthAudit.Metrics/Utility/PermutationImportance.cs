using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Learning;

namespace SynthAudit.Metrics.Utility;

/// <summary>Permutation importance of each feature for the TRTR and TSTR boosting models on the same real evaluation rows.</summary>
/// <remarks>metrics.md 3.5: shuffle one feature column of the evaluation rows (the same seeded permutations for both models),
/// score again, and take the increase of the per-row loss (log loss for classification, squared error for regression),
/// averaged over <see cref="Repeats"/> permutations. The loss is a mean over rows, so the importance of a bootstrap resample
/// is the weighted mean of per-row increases: the interval resamples rows without refitting or re-permuting. At most
/// <see cref="MaxRows"/> evaluation rows are used (a seeded sample), to keep the 2 × features × repeats predictions fast.</remarks>
internal sealed class PermutationImportance
{
    /// <summary>Permutations per feature.</summary>
    public const int Repeats = 5;

    /// <summary>The most evaluation rows used.</summary>
    public const int MaxRows = 4000;

    private PermutationImportance(double[][] trtr, double[][] tstr)
    {
        Trtr = trtr;
        Tstr = tstr;
    }

    /// <summary>[feature][row] mean loss increase of the TRTR model.</summary>
    public double[][] Trtr { get; }

    /// <summary>[feature][row] mean loss increase of the TSTR model.</summary>
    public double[][] Tstr { get; }

    /// <summary>The importances of both sides, computed once per synthetic set and shared.</summary>
    public static PermutationImportance Get(UtilityProblem problem, UtilitySide trtr, UtilitySide tstr, MetricContext context, CancellationToken ct) =>
        context.Shared.GetOrAdd(tstr.Key + "/permutation-importance", () => Compute(problem, trtr, tstr, context, ct));

    /// <summary>The weighted mean over rows of each feature's increases (weights null = all 1).</summary>
    public static double[] Means(double[][] increases, int[]? weights)
    {
        var result = new double[increases.Length];
        for (var f = 0; f < increases.Length; f++)
        {
            double sum = 0, total = 0;
            var row = increases[f];
            for (var i = 0; i < row.Length; i++)
            {
                double w = weights is null ? 1 : weights[i];
                sum += w * row[i];
                total += w;
            }

            result[f] = total > 0 ? sum / total : double.NaN;
        }

        return result;
    }

    private static PermutationImportance Compute(UtilityProblem problem, UtilitySide trtr, UtilitySide tstr, MetricContext context, CancellationToken ct)
    {
        var n = problem.EvaluationRows.Length;
        var rows = n <= MaxRows
            ? Enumerable.Range(0, n).ToArray()
            : context.RandomFor(MetricIds.FeatureImportanceAgreement, "rows").SampleWithoutReplacement(n, MaxRows).Order().ToArray();
        var features = problem.Features.Length;
        var permutations = new int[features * Repeats][];
        for (var t = 0; t < permutations.Length; t++)
        {
            permutations[t] = context.RandomFor(MetricIds.FeatureImportanceAgreement, "permutation", t).Permutation(rows.Length);
        }

        return new PermutationImportance(Side(problem, trtr, rows, permutations, context, ct), Side(problem, tstr, rows, permutations, context, ct));
    }

    private static double[][] Side(UtilityProblem problem, UtilitySide side, int[] rows, int[][] permutations, MetricContext context, CancellationToken ct)
    {
        var bins = side.EvaluationBins.TakeRows(rows);
        var baseLoss = Loss(problem, side.Boosting, bins, rows);
        var features = problem.Features.Length;
        var increases = new double[permutations.Length][];
        Parallel.For(0, permutations.Length, context.ParallelOptions(ct), t =>
        {
            var feature = t / Repeats;
            var source = bins.Feature(feature);
            var permuted = new byte[bins.Rows];
            var permutation = permutations[t];
            for (var i = 0; i < permuted.Length; i++)
            {
                permuted[i] = source[permutation[i]];
            }

            var loss = Loss(problem, side.Boosting, bins.WithFeature(feature, permuted), rows);
            for (var i = 0; i < loss.Length; i++)
            {
                loss[i] -= baseLoss[i];
            }

            increases[t] = loss;
        });

        var result = new double[features][];
        for (var f = 0; f < features; f++)
        {
            var mean = new double[rows.Length];
            for (var r = 0; r < Repeats; r++)
            {
                var increase = increases[(f * Repeats) + r];
                for (var i = 0; i < mean.Length; i++)
                {
                    mean[i] += increase[i] / Repeats;
                }
            }

            result[f] = mean;
        }

        return result;
    }

    /// <summary>The per-row loss of the model on the binned rows (<paramref name="rows"/> index the scored evaluation rows).</summary>
    private static double[] Loss(UtilityProblem problem, GradientBoostingModel model, BinnedMatrix bins, int[] rows)
    {
        var loss = new double[rows.Length];
        if (problem.Task == UtilityTask.Regression)
        {
            var predicted = model.Predict(bins);
            for (var i = 0; i < rows.Length; i++)
            {
                var d = problem.EvaluationValues[rows[i]] - predicted[i];
                loss[i] = d * d;
            }

            return loss;
        }

        var probabilities = model.PredictClassProbabilities(bins);
        for (var i = 0; i < rows.Length; i++)
        {
            loss[i] = -Math.Log(Math.Max(probabilities[problem.EvaluationLabels[rows[i]]][i], 1e-15));
        }

        return loss;
    }
}
