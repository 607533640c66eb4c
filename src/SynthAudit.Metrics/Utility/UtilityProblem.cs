using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Utility;

/// <summary>The real side of the utility protocol: target, task, features, real training rows and evaluation rows.</summary>
/// <remarks>Depends only on the real data (and holdout), so <c>compare</c> shares it across synthetic sets.</remarks>
internal sealed class UtilityProblem
{
    /// <summary>The share of the real data held out for evaluation when no holdout is given.</summary>
    public const double InternalHoldoutShare = 0.3;

    private UtilityProblem(string? skipReason)
    {
        SkipReason = skipReason;
    }

    public string? SkipReason { get; }

    public ImmutableArray<string> Warnings { get; private init; } = ImmutableArray<string>.Empty;

    public UtilityTask Task { get; private init; }

    public string Target { get; private init; } = string.Empty;

    public ImmutableArray<string> Features { get; private init; } = ImmutableArray<string>.Empty;

    /// <summary>Class levels by class index; for binary targets index 1 is the positive class.</summary>
    public ImmutableArray<string> Classes { get; private init; } = ImmutableArray<string>.Empty;

    /// <summary>The class index of each target level code (−1 for levels not seen in the real training rows).</summary>
    public ImmutableArray<int> ClassOfCode { get; private init; } = ImmutableArray<int>.Empty;

    public Table Training { get; private init; } = null!;

    public int[] TrainLabels { get; private init; } = [];

    public double[] TrainValues { get; private init; } = [];

    /// <summary>The evaluation table (holdout, or the internally held-out real rows).</summary>
    public Table Evaluation { get; private init; } = null!;

    /// <summary>The rows of <see cref="Evaluation"/> scored (target present and a known class).</summary>
    public int[] EvaluationRows { get; private init; } = [];

    /// <summary>The scored evaluation rows only.</summary>
    public Table Scored { get; private init; } = null!;

    public int[] EvaluationLabels { get; private init; } = [];

    public double[] EvaluationValues { get; private init; } = [];

    public bool UsesInternalHoldout { get; private init; }

    public int ClassCount => Task == UtilityTask.Regression ? 1 : Classes.Length;

    /// <summary>The analysis key: real data only (data, holdout, schema and seed), so shared across synthetic sets.</summary>
    private static AnalysisKey<UtilityProblem> Key { get; } = new("utility.problem", AnalysisScope.RealData, (a, _) => Build(a.Input, a.Context));

    /// <summary>The problem of this audit, computed once and shared by every input set with the same real data.</summary>
    public static UtilityProblem Get(AuditInput input, MetricContext context) => context.Analyses(input).Get(Key, CancellationToken.None);

    private static UtilityProblem Build(AuditInput input, MetricContext context)
    {
        var targetSchema = input.Schema.Target;
        if (targetSchema is null)
        {
            return new UtilityProblem("needs --target");
        }

        var target = targetSchema.Name;
        if (targetSchema.Kind == ColumnKind.Identifier)
        {
            return new UtilityProblem("the target column '" + target + "' is an identifier (nearly all values distinct); choose a label column");
        }

        if (targetSchema.Role == ColumnRole.Excluded || !input.Real.Contains(target))
        {
            return new UtilityProblem("the target column '" + target + "' is excluded or absent");
        }

        var features = input.Schema.Used.Where(c => c.Role != ColumnRole.Target && !string.Equals(c.Name, target, StringComparison.Ordinal))
            .Select(c => c.Name).Where(input.Real.Contains).ToImmutableArray();
        if (features.IsEmpty)
        {
            return new UtilityProblem("no feature columns are left besides the target (all others excluded or identifiers)");
        }

        var warnings = new List<string>();
        var real = input.Real;
        Table evaluation;
        Table training;
        var internalHoldout = input.Holdout is null;
        if (input.Holdout is { } holdout)
        {
            training = real;
            evaluation = holdout;
        }
        else
        {
            var (trainRows, evalRows) = SplitReal(real, target, context);
            if (evalRows.Length == 0 || trainRows.Length == 0)
            {
                return new UtilityProblem("too few real rows to hold out an evaluation set");
            }

            training = real.Take(trainRows, real.Name);
            evaluation = real.Take(evalRows, real.Name + " (held out)");
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"utility: no holdout given; TRTR trains on 70 % of the real rows ({trainRows.Length}) and both models are scored on the other 30 % ({evalRows.Length}, seeded, stratified), which the generator saw"));
        }

        var targetColumn = training[target];
        if (targetColumn is CategoricalColumn categorical)
        {
            return BuildClassification(training, evaluation, categorical, target, features, warnings, internalHoldout);
        }

        return BuildRegression(training, evaluation, (NumericColumn)targetColumn, target, features, warnings, internalHoldout);
    }

    private static UtilityProblem BuildClassification(Table training, Table evaluation, CategoricalColumn targetColumn,
        string target, ImmutableArray<string> features, List<string> warnings, bool internalHoldout)
    {
        var levels = targetColumn.Levels;
        var counts = new int[levels.Length];
        var missing = 0;
        foreach (var code in targetColumn.Codes)
        {
            if (code < 0)
            {
                missing++;
            }
            else
            {
                counts[code]++;
            }
        }

        var present = Enumerable.Range(0, levels.Length).Where(l => counts[l] > 0).ToList();
        if (present.Count < 2)
        {
            return new UtilityProblem("the target '" + target + "' has only one class in the real training rows");
        }

        if (present.Count == 2 && PositiveClassRule.Choose(levels[present[0]], levels[present[1]], counts[present[0]], counts[present[1]]).Positive == 0)
        {
            // Binary: the positive class is index 1, chosen by the rule the fairness measures share.
            present.Reverse();
        }

        var classOfCode = Enumerable.Repeat(-1, levels.Length).ToArray();
        for (var c = 0; c < present.Count; c++)
        {
            classOfCode[present[c]] = c;
        }

        var trainRows = Enumerable.Range(0, training.RowCount).Where(i => targetColumn.Codes[i] >= 0).ToArray();
        if (missing > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"utility: {missing} real training rows with a missing target '{target}' were dropped"));
        }

        var evalCodes = ((CategoricalColumn)evaluation[target]).Codes;
        var evalRows = Enumerable.Range(0, evaluation.RowCount).Where(i => evalCodes[i] >= 0 && classOfCode[evalCodes[i]] >= 0).ToArray();
        var evalDropped = evaluation.RowCount - evalRows.Length;
        if (evalDropped > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"utility: {evalDropped} evaluation rows with a missing or unseen target '{target}' were dropped"));
        }

        var evalLabels = evalRows.Select(i => classOfCode[evalCodes[i]]).ToArray();
        if (evalLabels.Distinct().Count() < 2)
        {
            return new UtilityProblem("the evaluation rows have fewer than two classes of the target '" + target + "'");
        }

        var trainTable = missing > 0 ? training.Take(trainRows) : training;
        var trainCodes = ((CategoricalColumn)trainTable[target]).Codes;
        return new UtilityProblem(null)
        {
            Warnings = [.. warnings],
            Task = present.Count == 2 ? UtilityTask.Binary : UtilityTask.Multiclass,
            Target = target,
            Features = features,
            Classes = present.Select(l => levels[l]).ToImmutableArray(),
            ClassOfCode = [.. classOfCode],
            Training = trainTable,
            TrainLabels = trainCodes.Select(c => classOfCode[c]).ToArray(),
            Evaluation = evaluation,
            EvaluationRows = evalRows,
            Scored = evaluation.Take(evalRows),
            EvaluationLabels = evalLabels,
            UsesInternalHoldout = internalHoldout,
        };
    }

    private static UtilityProblem BuildRegression(Table training, Table evaluation, NumericColumn targetColumn, string target,
        ImmutableArray<string> features, List<string> warnings, bool internalHoldout)
    {
        var trainRows = Enumerable.Range(0, training.RowCount).Where(i => !double.IsNaN(targetColumn.Values[i])).ToArray();
        var missing = training.RowCount - trainRows.Length;
        if (missing > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"utility: {missing} real training rows with a missing target '{target}' were dropped"));
        }

        var trainValues = trainRows.Select(i => targetColumn.Values[i]).ToArray();
        if (trainValues.Length < 2 || trainValues.All(v => v == trainValues[0]))
        {
            return new UtilityProblem("the numeric target '" + target + "' has no variance in the real training rows");
        }

        var evalValuesAll = ((NumericColumn)evaluation[target]).Values;
        var evalRows = Enumerable.Range(0, evaluation.RowCount).Where(i => !double.IsNaN(evalValuesAll[i])).ToArray();
        if (evaluation.RowCount > evalRows.Length)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"utility: {evaluation.RowCount - evalRows.Length} evaluation rows with a missing target '{target}' were dropped"));
        }

        var evalValues = evalRows.Select(i => evalValuesAll[i]).ToArray();
        if (evalValues.Length < 2 || evalValues.All(v => v == evalValues[0]))
        {
            return new UtilityProblem("the numeric target '" + target + "' has no variance in the evaluation rows");
        }

        return new UtilityProblem(null)
        {
            Warnings = [.. warnings],
            Task = UtilityTask.Regression,
            Target = target,
            Features = features,
            Training = missing > 0 ? training.Take(trainRows) : training,
            TrainValues = trainValues,
            Evaluation = evaluation,
            EvaluationRows = evalRows,
            Scored = evaluation.Take(evalRows),
            EvaluationValues = evalValues,
            UsesInternalHoldout = internalHoldout,
        };
    }

    /// <summary>A seeded 70/30 split of the real rows, stratified on a categorical target (missing target as its own stratum).</summary>
    private static (int[] Train, int[] Eval) SplitReal(Table real, string target, MetricContext context)
    {
        var random = context.RandomFor(MetricIds.Trtr, "internal-holdout");
        var n = real.RowCount;
        var isEval = new bool[n];
        IEnumerable<int[]> strata;
        if (real[target] is CategoricalColumn categorical)
        {
            strata = Enumerable.Range(0, n).GroupBy(i => categorical.Codes[i]).OrderBy(g => g.Key).Select(g => g.ToArray());
        }
        else
        {
            strata = [Enumerable.Range(0, n).ToArray()];
        }

        foreach (var stratum in strata)
        {
            var take = (int)Math.Round(InternalHoldoutShare * stratum.Length, MidpointRounding.AwayFromZero);
            foreach (var r in random.SampleWithoutReplacement(stratum.Length, Math.Clamp(take, 0, stratum.Length)))
            {
                isEval[stratum[r]] = true;
            }
        }

        return (Enumerable.Range(0, n).Where(i => !isEval[i]).ToArray(), Enumerable.Range(0, n).Where(i => isEval[i]).ToArray());
    }
}
