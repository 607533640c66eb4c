using System.Collections.Immutable;

namespace SynthAudit.Core.Marginals;

/// <summary>The one-way histogram of a numeric column on its distinct values: the empirical distribution behind KS,
/// Wasserstein, range coverage and the quantile bin edges.</summary>
/// <param name="Values">The distinct finite values, ascending.</param>
/// <param name="Counts">The rows holding each value.</param>
/// <param name="Missing">The rows with a missing or non-finite value.</param>
public sealed record ValueCounts(ImmutableArray<double> Values, ImmutableArray<long> Counts, long Missing);
