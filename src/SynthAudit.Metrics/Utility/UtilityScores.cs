using System.Collections.Immutable;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Utility;

/// <summary>The scores of one side's two models on the evaluation rows, with paired bootstrap replicates.</summary>
/// <remarks>Replicate b resamples the evaluation rows with the stream <c>RandomFor("utility.ratio", "paired-bootstrap", b)</c>,
/// which depends only on the seed and the number of rows, so TRTR and TSTR replicates with the same b use the same
/// resample: the pairing of docs/metrics.md 3.3 (models fixed, evaluation rows resampled). Weighted scores equal the scores of
/// the resample exactly (AUC from one pre-sorted pass with multiplicities).</remarks>
internal sealed class UtilityScores
{
    /// <summary>The models, in breakdown order.</summary>
    public static readonly ImmutableArray<string> Models = ["boosting", "linear"];

    private UtilityScores(ImmutableArray<string> measures, double[][] point, double[][][] replicates)
    {
        Measures = measures;
        Point = point;
        Replicates = replicates;
    }

    /// <summary>The measure names; the first is the headline (AUC or R²).</summary>
    public ImmutableArray<string> Measures { get; }

    /// <summary>[model][measure] on all evaluation rows.</summary>
    public double[][] Point { get; }

    /// <summary>[model][measure][replicate].</summary>
    public double[][][] Replicates { get; }

    /// <summary>The measure names of a task.</summary>
    public static ImmutableArray<string> MeasuresOf(UtilityTask task) => task switch
    {
        UtilityTask.Binary => ["auc", "accuracy", "f1_macro"],
        UtilityTask.Multiclass => ["auc_macro_ovr", "accuracy", "f1_macro"],
        _ => ["r2", "rmse", "mae"],
    };

    /// <summary>The key of the scores of a real-trained side: real data only, so shared across synthetic sets.</summary>
    private static AnalysisKey<UtilitySideId, UtilityScores> RealSideKey { get; } = new("utility.scores.real", AnalysisScope.RealData, Compute);

    /// <summary>The key of the scores of the TSTR side: one per input set.</summary>
    private static AnalysisKey<UtilitySideId, UtilityScores> SyntheticSideKey { get; } = new("utility.scores.synthetic", AnalysisScope.InputSet, Compute);

    /// <summary>The scores of <paramref name="side"/> (a trained side of <paramref name="input"/>), computed once per side and shared.</summary>
    public static UtilityScores Get(AuditInput input, UtilitySide side, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(side);
        return context.Analyses(input).Get(side.Id.ReadsSynthetic ? SyntheticSideKey : RealSideKey, side.Id, ct);
    }

    /// <summary>The row multiplicities of paired bootstrap replicate <paramref name="replicate"/> over <paramref name="n"/> rows.</summary>
    public static int[] ResampleCounts(MetricContext context, int n, int replicate)
    {
        var counts = new int[n];
        if (n == 0)
        {
            return counts;
        }

        foreach (var r in context.RandomFor(MetricIds.UtilityRatio, "paired-bootstrap", replicate).SampleWithReplacement(n, n))
        {
            counts[r]++;
        }

        return counts;
    }

    /// <summary>The percentile interval of replicates, widened to contain the estimate.</summary>
    public static ConfidenceInterval? Interval(double[] replicates, double estimate, MetricContext context) =>
        replicates.Length == 0 || !double.IsFinite(estimate) ? null : BootstrapInterval.PercentileContaining(replicates, estimate, context.ConfidenceLevel);

    private static UtilityScores Compute(AnalysisContext analyses, UtilitySideId id, CancellationToken ct) =>
        Compute(UtilityProblem.Get(analyses.Input, analyses.Context), UtilitySide.Get(analyses.Input, analyses.Context, id, ct), analyses.Context, ct);

    private static UtilityScores Compute(UtilityProblem problem, UtilitySide side, MetricContext context, CancellationToken ct)
    {
        var measures = MeasuresOf(problem.Task);
        var scorers = new[] { new Scorer(problem, side.BoostingScores), new Scorer(problem, side.LinearScores) };
        var point = scorers.Select(s => s.Score(default)).ToArray();
        var b = context.BootstrapResamples;
        var replicates = new double[scorers.Length][][];
        for (var m = 0; m < scorers.Length; m++)
        {
            replicates[m] = new double[measures.Length][];
            for (var k = 0; k < measures.Length; k++)
            {
                replicates[m][k] = new double[b];
            }
        }

        var n = problem.EvaluationRows.Length;
        Parallel.For(0, b, context.ParallelOptions(ct), r =>
        {
            var counts = ResampleCounts(context, n, r);
            for (var m = 0; m < scorers.Length; m++)
            {
                var values = scorers[m].Score(counts);
                for (var k = 0; k < values.Length; k++)
                {
                    replicates[m][k][r] = values[k];
                }
            }
        });

        return new UtilityScores(measures, point, replicates);
    }

    /// <summary>Scores one model's evaluation-row outputs, with optional multiplicities.</summary>
    private sealed class Scorer
    {
        private readonly UtilityProblem _problem;
        private readonly double[][] _scores;
        private readonly int[] _predicted;
        private readonly bool[][] _isClass;
        private readonly int[][] _orders;

        public Scorer(UtilityProblem problem, double[][] scores)
        {
            _problem = problem;
            _scores = scores;
            _predicted = [];
            _isClass = [];
            _orders = [];
            if (problem.Task == UtilityTask.Regression)
            {
                return;
            }

            var n = problem.EvaluationRows.Length;
            var classes = problem.ClassCount;
            _predicted = new int[n];
            for (var i = 0; i < n; i++)
            {
                var best = 0;
                for (var c = 1; c < classes; c++)
                {
                    if (scores[c][i] > scores[best][i])
                    {
                        best = c;
                    }
                }

                _predicted[i] = best;
            }

            var aucClasses = problem.Task == UtilityTask.Binary ? new[] { 1 } : Enumerable.Range(0, classes).ToArray();
            _isClass = aucClasses.Select(c => problem.EvaluationLabels.Select(l => l == c).ToArray()).ToArray();
            _orders = aucClasses.Select(c => PredictionMetrics.AscendingOrder(scores[c])).ToArray();
        }

        public double[] Score(int[]? counts)
        {
            var w = counts is null ? ReadOnlySpan<int>.Empty : counts.AsSpan();
            if (_problem.Task == UtilityTask.Regression)
            {
                var y = _problem.EvaluationValues;
                return [PredictionMetrics.RSquared(y, _scores[0], w), PredictionMetrics.Rmse(y, _scores[0], w), PredictionMetrics.Mae(y, _scores[0], w)];
            }

            double aucSum = 0;
            var aucCount = 0;
            for (var k = 0; k < _orders.Length; k++)
            {
                var classIndex = _problem.Task == UtilityTask.Binary ? 1 : k;
                var auc = PredictionMetrics.AucSorted(_scores[classIndex], _isClass[k], _orders[k], w);
                if (double.IsFinite(auc))
                {
                    aucSum += auc;
                    aucCount++;
                }
            }

            var labels = _problem.EvaluationLabels;
            return [
                aucCount > 0 ? aucSum / aucCount : double.NaN,
                PredictionMetrics.Accuracy(labels, _predicted, w),
                PredictionMetrics.MacroF1(labels, _predicted, _problem.ClassCount, w),
            ];
        }
    }
}
