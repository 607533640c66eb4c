using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Learning;

namespace SynthAudit.Metrics.Utility;

/// <summary>Permutation importance of each feature for the TRTR and TSTR boosting models on the same real evaluation rows.</summary>
/// <remarks>docs/metrics.md 3.5: shuffle one feature column of the evaluation rows (the same seeded permutations for both models),
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

    /// <summary>The most path masks (trees × outputs × rows, 8 bytes each) kept to skip rows a permutation cannot change.</summary>
    private const long MaxPathMasks = 4_000_000;

    private PermutationImportance(double[][] trtr, double[][] tstr)
    {
        Trtr = trtr;
        Tstr = tstr;
    }

    /// <summary>[feature][row] mean loss increase of the TRTR model.</summary>
    public double[][] Trtr { get; }

    /// <summary>[feature][row] mean loss increase of the TSTR model.</summary>
    public double[][] Tstr { get; }

    /// <summary>The analysis key: it reads the TSTR model, so one per input set.</summary>
    private static AnalysisKey<PermutationImportance> Key { get; } = new("utility.permutation-importance", AnalysisScope.InputSet,
        (a, ct) => Compute(UtilityProblem.Get(a.Input, a.Context), UtilitySide.GetTrtr(a.Input, a.Context, ct), UtilitySide.GetTstr(a.Input, a.Context, ct), a.Context, ct));

    /// <summary>The importances of both sides (both trained), computed once per input set and shared.</summary>
    public static PermutationImportance Get(AuditInput input, MetricContext context, CancellationToken ct) => context.Analyses(input).Get(Key, ct);

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
        var model = side.Boosting;
        var outputs = model.Baseline.Length;
        var m = bins.Rows;
        var features = problem.Features.Length;

        // Each tree's output on the unpermuted rows; permuting feature f only changes the trees that split on f, and in
        // those only the rows whose path splits on f (a bit per feature, when there are at most 64 and the masks are small).
        var treeOutputs = new double[model.Trees.Count][][];
        var paths = features <= 64 && (long)model.Trees.Count * outputs * m <= MaxPathMasks ? new ulong[model.Trees.Count][][] : null;
        var baseRaw = new double[outputs][];
        for (var k = 0; k < outputs; k++)
        {
            baseRaw[k] = new double[m];
            Array.Fill(baseRaw[k], model.Baseline[k]);
        }

        Parallel.For(0, model.Trees.Count, context.ParallelOptions(ct), t =>
        {
            treeOutputs[t] = new double[outputs][];
            var treePaths = paths is null ? null : paths[t] = new ulong[outputs][];
            for (var k = 0; k < outputs; k++)
            {
                var o = new double[m];
                if (treePaths is null)
                {
                    for (var i = 0; i < m; i++)
                    {
                        o[i] = model.Trees[t][k].Predict(bins.Bins, m, i);
                    }
                }
                else
                {
                    var path = treePaths[k] = new ulong[m];
                    for (var i = 0; i < m; i++)
                    {
                        o[i] = model.Trees[t][k].Predict(bins.Bins, m, i, out path[i]);
                    }
                }

                treeOutputs[t][k] = o;
            }
        });
        for (var t = 0; t < treeOutputs.Length; t++)
        {
            for (var k = 0; k < outputs; k++)
            {
                for (var i = 0; i < m; i++)
                {
                    baseRaw[k][i] += treeOutputs[t][k][i];
                }
            }
        }

        var baseLoss = Loss(problem, model, baseRaw, rows);
        var increases = new double[permutations.Length][];
        Parallel.For(0, permutations.Length, context.ParallelOptions(ct), task =>
        {
            var feature = task / Repeats;
            var source = bins.Feature(feature);
            var permuted = new byte[m];
            var permutation = permutations[task];
            for (var i = 0; i < permuted.Length; i++)
            {
                permuted[i] = source[permutation[i]];
            }

            var permutedBins = bins.WithFeature(feature, permuted);
            var raw = baseRaw.Select(r => (double[])r.Clone()).ToArray();
            for (var t = 0; t < treeOutputs.Length; t++)
            {
                for (var k = 0; k < outputs; k++)
                {
                    var tree = model.Trees[t][k];
                    if (!tree.UsesFeature(feature))
                    {
                        continue;
                    }

                    var before = treeOutputs[t][k];
                    var target = raw[k];
                    var path = paths?[t][k];
                    var bit = 1UL << feature;
                    for (var i = 0; i < m; i++)
                    {
                        if (path is null || (path[i] & bit) != 0)
                        {
                            target[i] += tree.Predict(permutedBins.Bins, m, i) - before[i];
                        }
                    }
                }
            }

            var loss = Loss(problem, model, raw, rows);
            for (var i = 0; i < loss.Length; i++)
            {
                loss[i] -= baseLoss[i];
            }

            increases[task] = loss;
        });

        var result = new double[features][];
        for (var f = 0; f < features; f++)
        {
            var mean = new double[m];
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

    /// <summary>The per-row loss of raw scores [output][row] (<paramref name="rows"/> index the scored evaluation rows).</summary>
    private static double[] Loss(UtilityProblem problem, GradientBoostingModel model, double[][] raw, int[] rows)
    {
        var loss = new double[rows.Length];
        switch (model.Objective)
        {
            case BoostingObjective.Regression:
                for (var i = 0; i < rows.Length; i++)
                {
                    var d = problem.EvaluationValues[rows[i]] - raw[0][i];
                    loss[i] = d * d;
                }

                break;
            case BoostingObjective.Binary:
                for (var i = 0; i < rows.Length; i++)
                {
                    var p = LogisticRegression.Sigmoid(raw[0][i]);
                    var truth = problem.EvaluationLabels[rows[i]] == 1 ? p : 1 - p;
                    loss[i] = -Math.Log(Math.Max(truth, 1e-15));
                }

                break;
            default:
            {
                var probabilities = new double[raw.Length][];
                GradientBoosting.Softmax(raw, probabilities);
                for (var i = 0; i < rows.Length; i++)
                {
                    loss[i] = -Math.Log(Math.Max(probabilities[problem.EvaluationLabels[rows[i]]][i], 1e-15));
                }

                break;
            }
        }

        return loss;
    }
}
