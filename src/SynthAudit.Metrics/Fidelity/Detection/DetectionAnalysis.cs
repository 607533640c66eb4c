using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Bootstrap;
using SynthAudit.Metrics.Learning;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Fidelity.Detection;

/// <summary>Cross-validated real-versus-synthetic classifiers (docs/metrics.md 2.11), computed once per audit and shared.</summary>
/// <remarks>The larger table is subsampled (seeded) to the size of the smaller, at most <see cref="MaxRowsPerSide"/> rows each.
/// Stratified 5-fold cross-validation of an L2 logistic regression and a histogram gradient-boosting classifier; the
/// out-of-fold probabilities of each model are pooled into one AUC; the stronger model (larger AUC) defines the result.
/// Feature scaling and binning are fitted once on the stacked sample without labels.</remarks>
internal sealed class DetectionAnalysis
{
    /// <summary>The most rows per side the classifiers see.</summary>
    public const int MaxRowsPerSide = 3000;

    /// <summary>The number of cross-validation folds.</summary>
    public const int Folds = 5;

    private DetectionAnalysis(string? failure) => Failure = failure;

    /// <summary>Why detection could not run, or null.</summary>
    public string? Failure { get; }

    /// <summary>The stacked sample.</summary>
    public ClassifierSample? Sample { get; private init; }

    /// <summary>Pooled out-of-fold AUC of logistic regression.</summary>
    public double LogisticAuc { get; private init; }

    /// <summary>Pooled out-of-fold AUC of gradient boosting.</summary>
    public double BoostingAuc { get; private init; }

    /// <summary>The name of the stronger model.</summary>
    public string Model { get; private init; } = string.Empty;

    /// <summary>The AUC of the stronger model.</summary>
    public double Auc { get; private init; }

    /// <summary>The DeLong interval of <see cref="Auc"/>.</summary>
    public ConfidenceInterval? Ci { get; private init; }

    /// <summary>SDMetrics' detection score <c>1 − mean_folds(2·max(AUC_f, 0.5) − 1)</c> of the stronger model.</summary>
    public double FoldScore { get; private init; }

    /// <summary>Replays the stronger model's AUC under bootstrap multiplicities.</summary>
    public WeightedAuc? Replay { get; private init; }

    /// <summary>The score used by the overall quality score: <c>1 − (2·max(AUC, 0.5) − 1)</c> of a pooled AUC.</summary>
    public static double Score(double auc) => double.IsFinite(auc) ? 1 - (2 * Math.Max(auc, 0.5) - 1) : double.NaN;

    /// <summary>The analysis key: one analysis per input set.</summary>
    internal static AnalysisKey<DetectionAnalysis> Key { get; } =
        new("fidelity.detection", AnalysisScope.InputSet, (a, ct) => Compute(a.Input, a.Context, ct));

    /// <summary>The shared analysis of <paramref name="input"/>.</summary>
    public static DetectionAnalysis Get(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        return context.Analyses(input).Get(Key, ct);
    }

    private static DetectionAnalysis Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        var columns = ClassifierSample.Columns(input);
        var n = Math.Min(Math.Min(input.Real.RowCount, input.Synthetic.RowCount), MaxRowsPerSide);
        if (columns.Count == 0)
        {
            return new DetectionAnalysis("no columns to classify on");
        }

        if (n < 2 * Folds)
        {
            return new DetectionAnalysis("fewer than 10 rows in the smaller table; a 5-fold classifier cannot be evaluated");
        }

        var random = context.RandomFor(MetricIds.DetectionAuc, "sample");
        var sample = ClassifierSample.Create(input.Real, input.Synthetic, columns, n, n, random);
        var labels = sample.Labels;
        var fold = StratifiedFolds(labels, context.RandomFor(MetricIds.DetectionAuc, "folds"));
        var parallel = context.ParallelOptions(ct);

        var encoded = FeatureEncoder.Fit(sample.Stacked, columns, dropFirstLevel: true).Transform(sample.Stacked);
        var binned = FeatureBinner.Fit(sample.Stacked, columns).Transform(sample.Stacked);
        var logistic = new double[labels.Length];
        var boosting = new double[labels.Length];
        var intLabels = labels.Select(l => l ? 1 : 0).ToArray();
        for (var f = 0; f < Folds; f++)
        {
            ct.ThrowIfCancellationRequested();
            var train = Enumerable.Range(0, labels.Length).Where(i => fold[i] != f).ToArray();
            var test = Enumerable.Range(0, labels.Length).Where(i => fold[i] == f).ToArray();
            var trainLabels = train.Select(i => labels[i]).ToArray();
            var lr = LogisticRegression.Fit(encoded.TakeRows(train), trainLabels, null, parallel);
            var lrScores = lr.PredictProbabilities(encoded.TakeRows(test));
            var gb = GradientBoosting.FitClassifier(binned.TakeRows(train), train.Select(i => intLabels[i]).ToArray(), 2, null,
                context.RandomFor(MetricIds.DetectionAuc, "boosting", f), parallel);
            var gbScores = gb.PredictPositiveProbabilities(binned.TakeRows(test), parallel);
            for (var k = 0; k < test.Length; k++)
            {
                logistic[test[k]] = lrScores[k];
                boosting[test[k]] = gbScores[k];
            }
        }

        var lrAuc = RocAuc.Compute(logistic, labels);
        var gbAuc = RocAuc.Compute(boosting, labels);
        var useBoosting = !(lrAuc > gbAuc);
        var chosen = useBoosting ? boosting : logistic;
        var (auc, ci) = RocAuc.WithInterval(chosen, labels, context.ConfidenceLevel);
        double foldScore = 0;
        for (var f = 0; f < Folds; f++)
        {
            var test = Enumerable.Range(0, labels.Length).Where(i => fold[i] == f).ToArray();
            var foldAuc = RocAuc.Compute(test.Select(i => chosen[i]).ToArray(), test.Select(i => labels[i]).ToArray());
            foldScore += 2 * Math.Max(double.IsFinite(foldAuc) ? foldAuc : 0.5, 0.5) - 1;
        }

        return new DetectionAnalysis(null)
        {
            Sample = sample,
            LogisticAuc = lrAuc,
            BoostingAuc = gbAuc,
            Model = useBoosting ? "gradient boosting" : "logistic regression",
            Auc = auc,
            Ci = ci,
            FoldScore = 1 - foldScore / Folds,
            Replay = new WeightedAuc(chosen, labels),
        };
    }

    private static int[] StratifiedFolds(bool[] labels, SynthAudit.Core.Randomness.DeterministicRandom random)
    {
        var fold = new int[labels.Length];
        foreach (var cls in new[] { false, true })
        {
            var members = Enumerable.Range(0, labels.Length).Where(i => labels[i] == cls).ToArray();
            random.ShuffleInPlace(members.AsSpan());
            for (var k = 0; k < members.Length; k++)
            {
                fold[members[k]] = k % Folds;
            }
        }

        return fold;
    }
}
