using System.Collections.Immutable;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Utility;

/// <summary>The scores of the TRTR and TSTR models on the real evaluation rows, shared with the fairness metrics.</summary>
/// <param name="Target">The target column.</param>
/// <param name="PositiveClass">The level treated as positive (binary targets only).</param>
/// <param name="Evaluation">The real evaluation table: the holdout, or the 30 % of the real data held out when no holdout was given.</param>
/// <param name="Rows">The rows of <paramref name="Evaluation"/> scored (rows with a missing target are dropped).</param>
/// <param name="Actual">The true label of each scored row (true = positive class).</param>
/// <param name="TrtrScores">P(positive) from the model trained on real data, per scored row.</param>
/// <param name="TstrScores">P(positive) from the model trained on synthetic data, per scored row.</param>
public sealed record HoldoutPredictions(string Target, string PositiveClass, Table Evaluation, int[] Rows, bool[] Actual,
    double[] TrtrScores, double[] TstrScores)
{
    /// <summary>The decision threshold for turning scores into predicted labels.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>The seeded training samples of the two models when a table had more rows than
    /// <see cref="Running.SampleSizes.ModelTrainingRows"/> (empty: fitted on every row); the fairness metrics that read these
    /// scores state them in <see cref="MetricResult.Sampling"/>.</summary>
    public ImmutableArray<SampleSize> TrainingSampling { get; init; } = [];
}
