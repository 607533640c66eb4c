using System.Collections.Immutable;

namespace SynthAudit.Core.Marginals;

/// <summary>The per-group counts of a categorical column: rows per level and missing rows.</summary>
/// <param name="Counts">Rows per observed level (levels as read, ordinal keys).</param>
/// <param name="Missing">The rows with a missing value.</param>
public sealed record CategoryCounts(ImmutableDictionary<string, long> Counts, long Missing);
