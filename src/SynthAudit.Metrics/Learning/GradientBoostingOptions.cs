namespace SynthAudit.Metrics.Learning;

/// <summary>Settings of <see cref="GradientBoosting"/>; the defaults are scikit-learn's HistGradientBoosting defaults.</summary>
/// <param name="MaxIterations">Boosting rounds (scikit-learn <c>max_iter</c> 100).</param>
/// <param name="LearningRate">Shrinkage of each tree (0.1).</param>
/// <param name="MaxLeafNodes">Most leaves per tree, grown best-first (31).</param>
/// <param name="MinSamplesLeaf">Fewest training rows in a leaf (20).</param>
/// <param name="L2">L2 penalty on leaf values (0).</param>
/// <param name="MaxDepth">Deepest leaf (root depth 0), or null for no limit.</param>
/// <param name="EarlyStopping">Whether to stop on a validation split; <see cref="EarlyStoppingMode.Auto"/> = when there are more than 10 000 rows.</param>
/// <param name="ValidationFraction">The share of rows held out for early stopping (0.1; stratified for classification).</param>
/// <param name="IterationsWithoutImprovement">Stop when the validation loss has not improved on the value this many rounds ago (10).</param>
/// <param name="Tolerance">The least improvement that counts (1e-7).</param>
/// <param name="CategoricalSmoothing">Added to the hessian sum when ordering levels by gradient ratio in categorical splits (10).</param>
/// <param name="MinHessianToSplit">Fewest hessian mass in a child (1e-3).</param>
/// <param name="MinCategorySupport">Fewest rows a level needs in a node to be placed by a categorical split; rarer levels go right (10).</param>
public sealed record GradientBoostingOptions(
    int MaxIterations = 100,
    double LearningRate = 0.1,
    int MaxLeafNodes = 31,
    int MinSamplesLeaf = 20,
    double L2 = 0,
    int? MaxDepth = null,
    EarlyStoppingMode EarlyStopping = EarlyStoppingMode.Auto,
    double ValidationFraction = 0.1,
    int IterationsWithoutImprovement = 10,
    double Tolerance = 1e-7,
    double CategoricalSmoothing = 10,
    double MinHessianToSplit = 1e-3,
    int MinCategorySupport = 10);
