using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Learning;

namespace SynthAudit.Metrics.Utility;

/// <summary>One side of the utility protocol (TRTR or TSTR): the boosting and linear models and their scores on the evaluation rows.</summary>
internal sealed record UtilitySide
{
    /// <summary>Linear-model ridge penalty (scikit-learn's C = 1 / alpha = 1).</summary>
    private const double LinearPenalty = 1.0;

    private UtilitySide(string? skipReason)
    {
        SkipReason = skipReason;
    }

    public string? SkipReason { get; private init; }

    public ImmutableArray<string> Warnings { get; private init; } = ImmutableArray<string>.Empty;

    public int TrainRows { get; private init; }

    /// <summary>The training rows there were; more than <see cref="TrainRows"/> when the model was fitted on a sample.</summary>
    public int TrainRowsAvailable { get; private init; }

    /// <summary>Which side this is (for work derived from it).</summary>
    public UtilitySideId Id { get; private init; }

    public GradientBoostingModel Boosting { get; private init; } = null!;

    /// <summary>The evaluation rows binned with this side's binner.</summary>
    public BinnedMatrix EvaluationBins { get; private init; } = null!;

    /// <summary>Boosting scores on the evaluation rows: [class][row] probabilities, or [0][row] predictions.</summary>
    public double[][] BoostingScores { get; private init; } = [];

    /// <summary>Linear-model scores on the evaluation rows, same layout.</summary>
    public double[][] LinearScores { get; private init; } = [];

    /// <summary>The key of the TRTR side: real data only, so trained once for every synthetic set of a <c>compare</c>.</summary>
    internal static AnalysisKey<UtilitySide> TrtrKey { get; } = new("utility.trtr", AnalysisScope.RealData, (a, ct) =>
    {
        var problem = UtilityProblem.Get(a.Input, a.Context);
        return Train(problem, problem.Training, problem.TrainLabels, problem.TrainValues, MetricIds.Trtr, [], a.Context, ct) with { Id = UtilitySideId.Trtr };
    });

    /// <summary>The key of the size-matched TRTR side (argument: the subsample size): real data only.</summary>
    private static AnalysisKey<int, UtilitySide> TrtrSizeMatchedKey { get; } =
        new("utility.trtr-size-matched", AnalysisScope.RealData, (a, size, ct) => TrainSizeMatched(UtilityProblem.Get(a.Input, a.Context), size, a.Context, ct));

    /// <summary>The key of the TSTR side: one per input set.</summary>
    internal static AnalysisKey<UtilitySide> TstrKey { get; } = new("utility.tstr", AnalysisScope.InputSet,
        (a, ct) => TrainSynthetic(UtilityProblem.Get(a.Input, a.Context), a.Input.Synthetic, a.Context, ct) with { Id = UtilitySideId.Tstr });

    /// <summary>The side named by <paramref name="id"/>.</summary>
    public static UtilitySide Get(AuditInput input, MetricContext context, UtilitySideId id, CancellationToken ct) => id.Kind switch
    {
        UtilitySideKind.Trtr => GetTrtr(input, context, ct),
        UtilitySideKind.TrtrSizeMatched => GetTrtrSizeMatched(input, context, id.Size, ct),
        _ => GetTstr(input, context, ct),
    };

    /// <summary>The TRTR side, trained once and shared by every input set with the same real data (and seed).</summary>
    public static UtilitySide GetTrtr(AuditInput input, MetricContext context, CancellationToken ct)
    {
        var problem = UtilityProblem.Get(input, context);
        if (problem.SkipReason is { } reason)
        {
            return new UtilitySide(reason);
        }

        return context.Analyses(input).Get(TrtrKey, ct);
    }

    /// <summary>TRTR trained on a seeded random subsample of <paramref name="size"/> real training rows (docs/metrics.md 3.1: separates
    /// the sample-size effect from the synthesis effect when the synthetic data is smaller than the real data).</summary>
    public static UtilitySide GetTrtrSizeMatched(AuditInput input, MetricContext context, int size, CancellationToken ct)
    {
        var problem = UtilityProblem.Get(input, context);
        if (problem.SkipReason is { } reason)
        {
            return new UtilitySide(reason);
        }

        return context.Analyses(input).Get(TrtrSizeMatchedKey, size, ct);
    }

    private static UtilitySide TrainSizeMatched(UtilityProblem problem, int size, MetricContext context, CancellationToken ct)
    {
        var rows = context.RandomFor(MetricIds.Tstr, "size-matched-trtr").SampleWithoutReplacement(problem.Training.RowCount, size).Order().ToArray();
        var table = problem.Training.Take(rows);
        var labels = problem.Task == UtilityTask.Regression ? [] : rows.Select(r => problem.TrainLabels[r]).ToArray();
        var values = problem.Task == UtilityTask.Regression ? rows.Select(r => problem.TrainValues[r]).ToArray() : [];
        if (problem.Task != UtilityTask.Regression && labels.Distinct().Count() < 2)
        {
            return new UtilitySide("the size-matched real subsample has one class");
        }

        return Train(problem, table, labels, values, MetricIds.Trtr, [], context, ct) with { Id = new UtilitySideId(UtilitySideKind.TrtrSizeMatched, size) };
    }

    /// <summary>The TSTR side of this synthetic set, trained once per audit.</summary>
    public static UtilitySide GetTstr(AuditInput input, MetricContext context, CancellationToken ct)
    {
        var problem = UtilityProblem.Get(input, context);
        if (problem.SkipReason is { } reason)
        {
            return new UtilitySide(reason);
        }

        return context.Analyses(input).Get(TstrKey, ct);
    }

    private static UtilitySide TrainSynthetic(UtilityProblem problem, Table synthetic, MetricContext context, CancellationToken ct)
    {
        if (!synthetic.Contains(problem.Target) || problem.Features.Any(f => !synthetic.Contains(f)))
        {
            return new UtilitySide("the synthetic data lacks the target or a feature column");
        }

        var warnings = new List<string>();
        var column = synthetic[problem.Target];
        if (problem.Task == UtilityTask.Regression)
        {
            var values = ((NumericColumn)column).Values;
            var rows = Enumerable.Range(0, synthetic.RowCount).Where(i => !double.IsNaN(values[i])).ToArray();
            if (rows.Length < synthetic.RowCount)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"utility: {synthetic.RowCount - rows.Length} synthetic rows with a missing target '{problem.Target}' were dropped"));
            }

            var y = rows.Select(i => values[i]).ToArray();
            if (y.Length < 2 || y.All(v => v == y[0]))
            {
                return new UtilitySide("the numeric target '" + problem.Target + "' has no variance in the synthetic data");
            }

            var table = rows.Length < synthetic.RowCount ? synthetic.Take(rows) : synthetic;
            return Train(problem, table, [], y, MetricIds.Tstr, warnings, context, ct);
        }

        var codes = ((CategoricalColumn)column).Codes;
        var kept = Enumerable.Range(0, synthetic.RowCount)
            .Where(i => codes[i] >= 0 && codes[i] < problem.ClassOfCode.Length && problem.ClassOfCode[codes[i]] >= 0).ToArray();
        if (kept.Length < synthetic.RowCount)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"utility: {synthetic.RowCount - kept.Length} synthetic rows with a missing target '{problem.Target}' or a class absent from the real data were dropped"));
        }

        var labels = kept.Select(i => problem.ClassOfCode[codes[i]]).ToArray();
        var classes = labels.Distinct().Order().ToArray();
        if (classes.Length < 2)
        {
            var only = classes.Length == 1 ? " ('" + problem.Classes[classes[0]] + "')" : string.Empty;
            return new UtilitySide("the target '" + problem.Target + "' has only one class in the synthetic data" + only + "; TSTR is undefined");
        }

        if (classes.Length < problem.ClassCount)
        {
            var absent = Enumerable.Range(0, problem.ClassCount).Except(classes).Select(c => problem.Classes[c]);
            warnings.Add("utility: classes absent from the synthetic data (the TSTR model can never predict them): " + string.Join(", ", absent));
        }

        var trainTable = kept.Length < synthetic.RowCount ? synthetic.Take(kept) : synthetic;
        return Train(problem, trainTable, labels, [], MetricIds.Tstr, warnings, context, ct);
    }

    private static UtilitySide Train(UtilityProblem problem, Table training, int[] labels, double[] values, string metricId,
        List<string> warnings, MetricContext context, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var available = training.RowCount;
        if (Running.SampleSizes.Rows(available, Running.SampleSizes.ModelTrainingRows, context.RandomFor(metricId, "training-sample")) is { } sample)
        {
            // Model-based metric: fitted on a seeded sample of stated size (docs/metrics.md 6.6), so that memory and time
            // stop growing with the rows; the dense design matrix of 1M rows would alone take 0.8 GB.
            training = training.Take(sample);
            labels = labels.Length == 0 ? labels : [.. sample.Select(r => labels[r])];
            values = values.Length == 0 ? values : [.. sample.Select(r => values[r])];
        }

        var parallel = context.ParallelOptions(ct);
        var features = problem.Features.ToArray();
        var binner = FeatureBinner.Fit(training, features);
        var bins = binner.Transform(training);
        var evalBins = binner.Transform(problem.Scored);
        var random = context.RandomFor(metricId, "validation-split");
        GradientBoostingModel boosting;
        double[][] boostingScores;
        if (problem.Task == UtilityTask.Regression)
        {
            boosting = GradientBoosting.FitRegressor(bins, values, null, random, parallel);
            boostingScores = [boosting.Predict(evalBins, parallel)];
        }
        else
        {
            boosting = GradientBoosting.FitClassifier(bins, labels, problem.ClassCount, null, random, parallel);
            boostingScores = boosting.PredictClassProbabilities(evalBins, parallel);
        }

        ct.ThrowIfCancellationRequested();
        var encoder = FeatureEncoder.Fit(training, features);
        var x = encoder.Transform(training);
        var evalX = encoder.Transform(problem.Scored);
        double[][] linearScores;
        switch (problem.Task)
        {
            case UtilityTask.Regression:
                linearScores = [RidgeRegression.Fit(x, values, LinearPenalty, parallel).Predict(evalX)];
                break;
            case UtilityTask.Binary:
            {
                var p = LogisticRegression.Fit(x, labels.Select(l => l == 1).ToArray(), new LogisticRegressionOptions(LinearPenalty), parallel)
                    .PredictProbabilities(evalX);
                linearScores = [p.Select(v => 1 - v).ToArray(), p];
                break;
            }

            default:
                linearScores = OneVersusRest(x, labels, problem.ClassCount, evalX, parallel);
                break;
        }

        return new UtilitySide(skipReason: null)
        {
            Warnings = [.. warnings],
            TrainRows = training.RowCount,
            TrainRowsAvailable = available,
            Boosting = boosting,
            EvaluationBins = evalBins,
            BoostingScores = boostingScores,
            LinearScores = linearScores,
        };
    }

    /// <summary>One binary logistic regression per class, probabilities normalised to sum to 1 per row.</summary>
    private static double[][] OneVersusRest(FeatureMatrix x, int[] labels, int classCount, FeatureMatrix evalX, ParallelOptions parallel)
    {
        var scores = new double[classCount][];
        for (var c = 0; c < classCount; c++)
        {
            var target = labels.Select(l => l == c).ToArray();
            scores[c] = LogisticRegression.Fit(x, target, new LogisticRegressionOptions(LinearPenalty), parallel).PredictProbabilities(evalX);
        }

        for (var i = 0; i < evalX.Rows; i++)
        {
            double sum = 0;
            for (var c = 0; c < classCount; c++)
            {
                sum += scores[c][i];
            }

            for (var c = 0; c < classCount; c++)
            {
                scores[c][i] = sum > 0 ? scores[c][i] / sum : 1.0 / classCount;
            }
        }

        return scores;
    }
}
