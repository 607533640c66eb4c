using System.Collections.Immutable;

namespace SynthAudit.Core.Marginals;

/// <summary>A k-way contingency table: rows per observed cell.</summary>
/// <param name="Counts">Rows per cell. A key lists the members' bins (numeric) or levels (categorical) in member order,
/// each as produced by the engine; keys are only compared between tables of one engine, never interpreted.</param>
public sealed record CellCounts(ImmutableDictionary<string, long> Counts);
