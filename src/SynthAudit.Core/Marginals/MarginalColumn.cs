using System.Collections.Immutable;

namespace SynthAudit.Core.Marginals;

/// <summary>One member of a contingency table: a numeric column cut on fixed edges, or a categorical column's levels.</summary>
/// <param name="Name">The column name.</param>
/// <param name="IsNumeric">Whether the column is numeric (binned on <paramref name="Edges"/>) rather than categorical.</param>
/// <param name="Edges">Sorted interior edges of a numeric column: the bin of <c>x</c> is the number of edges strictly below
/// <c>x</c> (right-closed bins, open outer bins); empty for categorical columns.</param>
/// <remarks>Missing values form a level of their own in both kinds.</remarks>
public sealed record MarginalColumn(string Name, bool IsNumeric, ImmutableArray<double> Edges);
