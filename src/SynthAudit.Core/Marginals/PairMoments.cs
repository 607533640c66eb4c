namespace SynthAudit.Core.Marginals;

/// <summary>The sums behind Pearson and Spearman correlation of two numeric columns, over the rows where both are present.</summary>
/// <param name="Count">The rows where both values are present.</param>
/// <param name="DistinctX">The distinct values of the first column on those rows.</param>
/// <param name="DistinctY">The distinct values of the second column on those rows.</param>
/// <param name="Shifted">Sums of the values shifted by any constant per column (the engine's choice, for accuracy).</param>
/// <param name="Ranks">The same sums of midranks (ties averaged, ranks 1..Count) shifted by <c>(Count + 1) / 2</c>.</param>
public sealed record PairMoments(long Count, long DistinctX, long DistinctY, CrossSums Shifted, CrossSums Ranks);
