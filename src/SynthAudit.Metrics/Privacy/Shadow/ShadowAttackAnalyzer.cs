using System.Collections.Immutable;
using SynthAudit.Core.Results.Attack;
using SynthAudit.Metrics.Learning;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Privacy.Shadow;

/// <summary>Trains the attack classifier on the first half of the successful runs and scores the second half, per feature
/// family, pooled and per target; derives TPR at low FPR and the empirical ε lower bound.</summary>
/// <remarks>
/// <para>Features are standardised per target with the training runs' mean and standard deviation, so one pooled logistic
/// model (L2 = 1) serves every target; a per-target model on all features is the fifth scorer. The family with the highest
/// pooled AUC on the scored runs is reported as the strongest (choosing among five on the same runs flatters it slightly; the
/// ε bound below corrects for the choice).</para>
/// <para>ε bound: for each scorer and each guess fraction g in <see cref="GuessFractions"/>, thresholds are the g/2 and
/// 1 − g/2 quantiles of the training runs' scores; on the scored runs the auditor guesses "in" at or above the upper one,
/// "out" below the lower one and abstains between. <see cref="EmpiricalEpsilon"/> turns (m, r, v) into a bound; every test
/// runs at 1 − (1 − confidence)/tests (Bonferroni) and the largest bound is reported.</para>
/// </remarks>
public static class ShadowAttackAnalyzer
{
    /// <summary>The guess fractions tried by the ε bound.</summary>
    public static ImmutableArray<double> GuessFractions { get; } = [0.02, 0.1, 0.3, 1.0];

    /// <summary>The fewest successful runs the analysis accepts.</summary>
    public const int MinimumRuns = 4;

    /// <summary>Analyses the runs.</summary>
    /// <param name="features">Per run, per target, the features (null for a failed run).</param>
    /// <param name="members">Per run, per target, whether the target was in the training set.</param>
    /// <param name="delta">The δ of the ε bound's null hypothesis.</param>
    /// <param name="confidence">The confidence of intervals and of the bound.</param>
    public static ShadowAttackOutcome Analyze(IReadOnlyList<double[][]?> features, IReadOnlyList<bool[]> members, double delta,
        double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(members);
        var runs = Enumerable.Range(0, features.Count).Where(r => features[r] is not null).ToArray();
        if (runs.Length < MinimumRuns)
        {
            throw new ArgumentException("At least " + MinimumRuns + " successful runs are needed.", nameof(features));
        }

        var targets = features[runs[0]]!.Length;
        var f = ShadowFeatureExtractor.FeatureCount;
        var train = runs[..(runs.Length / 2)];
        var eval = runs[(runs.Length / 2)..];
        var (mean, sd) = Moments(features, train, targets, f);
        var trainX = Standardized(features, train, targets, mean, sd);
        var evalX = Standardized(features, eval, targets, mean, sd);
        var trainY = Labels(members, train, targets);
        var evalY = Labels(members, eval, targets);

        var scorers = new List<(string Id, string Description, double[] Train, double[] Eval)>();
        foreach (var (id, description, columns) in ShadowFeatureFamilies.All)
        {
            var model = LogisticRegression.Fit(Matrix(trainX, columns), trainY);
            scorers.Add((id, description, model.PredictProbabilities(Matrix(trainX, columns)), model.PredictProbabilities(Matrix(evalX, columns))));
        }

        scorers.Add(PerTargetScorer(trainX, trainY, evalX, targets));

        var families = scorers.Select(s => new AttackFamilyScore(s.Id, s.Description, Score(s.Eval, evalY, confidence))).ToImmutableArray();
        var best = 0;
        for (var i = 1; i < families.Length; i++)
        {
            if (families[i].Score.Auc > families[best].Score.Auc || double.IsNaN(families[best].Score.Auc))
            {
                best = i;
            }
        }

        var strongest = scorers[best];
        var perTarget = ImmutableArray.CreateBuilder<AttackScore>(targets);
        var perTargetEpsilon = ImmutableArray.CreateBuilder<double>(targets);
        for (var t = 0; t < targets; t++)
        {
            var rows = Enumerable.Range(0, eval.Length).Select(r => (r * targets) + t).ToArray();
            var trainRows = Enumerable.Range(0, train.Length).Select(r => (r * targets) + t).ToArray();
            bool[] labels = [.. rows.Select(i => evalY[i])];
            double[] scores = [.. rows.Select(i => strongest.Eval[i])];
            perTarget.Add(Score(scores, labels, confidence));
            var tests = GuessFractions.Length;
            perTargetEpsilon.Add(GuessFractions.Max(g =>
                EpsilonAt([.. trainRows.Select(i => strongest.Train[i])], scores, labels, g, delta, 1 - ((1 - confidence) / tests)).Bound));
        }

        var epsilon = Epsilon(scorers, evalY, delta, confidence);
        return new ShadowAttackOutcome(strongest.Id, families[best].Score, families, perTarget.MoveToImmutable(), epsilon,
            Roc(strongest.Eval, evalY), train.Length, eval.Length, perTargetEpsilon.MoveToImmutable());
    }

    /// <summary>AUC with DeLong interval and the TPR at each reported FPR.</summary>
    public static AttackScore Score(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, double confidence = 0.95)
    {
        var (auc, ci) = RocAuc.WithInterval(scores, labels, confidence);
        var points = ImmutableArray.CreateBuilder<AttackOperatingPoint>();
        foreach (var fpr in AttackResult.ReportedFprs)
        {
            points.Add(LowFprOperatingPoint.At(scores, labels, fpr, confidence));
        }

        var members = 0;
        foreach (var l in labels)
        {
            members += l ? 1 : 0;
        }

        return new AttackScore(auc, ci, points.ToImmutable(), members, labels.Length - members);
    }

    private static EmpiricalEpsilonResult Epsilon(List<(string Id, string Description, double[] Train, double[] Eval)> scorers, bool[] evalY,
        double delta, double confidence)
    {
        var tests = scorers.Count * GuessFractions.Length;
        var perTest = 1 - ((1 - confidence) / tests);
        var m = evalY.Length;
        EmpiricalEpsilonResult? best = null;
        foreach (var (id, _, trainScores, evalScores) in scorers)
        {
            foreach (var g in GuessFractions)
            {
                var (bound, r, v) = EpsilonAt(trainScores, evalScores, evalY, g, delta, perTest);
                if (best is null || bound > best.LowerBound)
                {
                    best = new EmpiricalEpsilonResult(bound, delta, confidence, tests, id, g, m, r, v, EmpiricalEpsilon.Method);
                }
            }
        }

        return best!;
    }

    /// <summary>The ε bound of one scorer at guess fraction <paramref name="g"/>: guess "in" at or above the training scores'
    /// 1 − g/2 quantile, "out" below the g/2 quantile, abstain between; (m, r, v) into <see cref="EmpiricalEpsilon.LowerBound"/>.</summary>
    private static (double Bound, int Guesses, int Correct) EpsilonAt(double[] trainScores, double[] evalScores, bool[] evalY, double g,
        double delta, double confidence)
    {
        var sorted = Quantiles.Sorted(trainScores);
        var upper = Quantiles.OfSorted(sorted, 1 - (g / 2));
        var lower = Quantiles.OfSorted(sorted, g / 2);
        int r = 0, v = 0;
        for (var i = 0; i < evalScores.Length; i++)
        {
            var s = evalScores[i];
            bool? guess = s >= upper ? true : s < lower ? false : null;
            if (guess is { } gi)
            {
                r++;
                v += gi == evalY[i] ? 1 : 0;
            }
        }

        return (EmpiricalEpsilon.LowerBound(evalScores.Length, r, v, delta, confidence), r, v);
    }

    private static (string Id, string Description, double[] Train, double[] Eval) PerTargetScorer(double[][] trainX, bool[] trainY,
        double[][] evalX, int targets)
    {
        var trainScores = new double[trainX.Length];
        var evalScores = new double[evalX.Length];
        var all = Enumerable.Range(0, ShadowFeatureExtractor.FeatureCount).ToArray();
        for (var t = 0; t < targets; t++)
        {
            var trainRows = Enumerable.Range(0, trainX.Length / targets).Select(r => (r * targets) + t).ToArray();
            var evalRows = Enumerable.Range(0, evalX.Length / targets).Select(r => (r * targets) + t).ToArray();
            var y = trainRows.Select(i => trainY[i]).ToArray();
            if (y.All(v => v) || y.All(v => !v))
            {
                foreach (var i in trainRows)
                {
                    trainScores[i] = 0.5;
                }

                foreach (var i in evalRows)
                {
                    evalScores[i] = 0.5;
                }

                continue;
            }

            var model = LogisticRegression.Fit(Matrix([.. trainRows.Select(i => trainX[i])], all), y);
            var pt = model.PredictProbabilities(Matrix([.. trainRows.Select(i => trainX[i])], all));
            var pe = model.PredictProbabilities(Matrix([.. evalRows.Select(i => evalX[i])], all));
            for (var k = 0; k < trainRows.Length; k++)
            {
                trainScores[trainRows[k]] = pt[k];
            }

            for (var k = 0; k < evalRows.Length; k++)
            {
                evalScores[evalRows[k]] = pe[k];
            }
        }

        return (ShadowFeatureFamilies.PerTargetFamily, "every feature in one logistic model per target", trainScores, evalScores);
    }

    private static ImmutableArray<RocPoint> Roc(double[] scores, bool[] labels)
    {
        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
        var positives = labels.Count(l => l);
        var negatives = labels.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return [];
        }

        var points = new List<RocPoint> { new(0, 0) };
        int tp = 0, fp = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (labels[order[k]])
            {
                tp++;
            }
            else
            {
                fp++;
            }

            if (k + 1 == order.Length || scores[order[k + 1]] != scores[order[k]])
            {
                points.Add(new RocPoint((double)fp / negatives, (double)tp / positives));
            }
        }

        if (points.Count <= 400)
        {
            return [.. points];
        }

        // Keep every point below 2 % FPR (the log-log region that matters) and thin the rest evenly.
        var step = (int)Math.Ceiling(points.Count / 300.0);
        return [.. points.Where((p, i) => p.Fpr < 0.02 || i % step == 0 || i == points.Count - 1)];
    }

    private static (double[][] Mean, double[][] Sd) Moments(IReadOnlyList<double[][]?> features, int[] runs, int targets, int f)
    {
        var mean = new double[targets][];
        var sd = new double[targets][];
        for (var t = 0; t < targets; t++)
        {
            mean[t] = new double[f];
            sd[t] = new double[f];
            for (var k = 0; k < f; k++)
            {
                double sum = 0, sq = 0;
                foreach (var r in runs)
                {
                    var x = features[r]![t][k];
                    sum += x;
                    sq += x * x;
                }

                var mu = sum / runs.Length;
                var variance = Math.Max(0, (sq / runs.Length) - (mu * mu));
                mean[t][k] = mu;
                sd[t][k] = variance > 1e-24 ? Math.Sqrt(variance) : 1;
            }
        }

        return (mean, sd);
    }

    private static double[][] Standardized(IReadOnlyList<double[][]?> features, int[] runs, int targets, double[][] mean, double[][] sd)
    {
        var rows = new double[runs.Length * targets][];
        for (var r = 0; r < runs.Length; r++)
        {
            for (var t = 0; t < targets; t++)
            {
                var x = features[runs[r]]![t];
                var z = new double[x.Length];
                for (var k = 0; k < x.Length; k++)
                {
                    z[k] = Math.Clamp((x[k] - mean[t][k]) / sd[t][k], -50, 50);
                }

                rows[(r * targets) + t] = z;
            }
        }

        return rows;
    }

    private static bool[] Labels(IReadOnlyList<bool[]> members, int[] runs, int targets)
    {
        var y = new bool[runs.Length * targets];
        for (var r = 0; r < runs.Length; r++)
        {
            for (var t = 0; t < targets; t++)
            {
                y[(r * targets) + t] = members[runs[r]][t];
            }
        }

        return y;
    }

    private static FeatureMatrix Matrix(double[][] rows, int[] columns)
    {
        var n = rows.Length;
        var values = new double[n * columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            for (var i = 0; i < n; i++)
            {
                values[(c * n) + i] = rows[i][columns[c]];
            }
        }

        return new FeatureMatrix(n, columns.Length, values);
    }
}
