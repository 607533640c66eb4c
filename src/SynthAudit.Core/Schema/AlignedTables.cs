using System.Collections.Immutable;
using SynthAudit.Core.Data;

namespace SynthAudit.Core.Schema;

/// <summary>Tables converted to one schema, with shared level lists, ready for metrics.</summary>
/// <param name="Real">The real (train) table.</param>
/// <param name="Synthetic">The (first) synthetic table, if one was aligned.</param>
/// <param name="Holdout">The holdout table, if one was aligned.</param>
/// <param name="Warnings">What alignment noticed: ignored extra columns, synthetic-only categories, unparsable dates.</param>
public sealed record AlignedTables(Table Real, Table? Synthetic, Table? Holdout, ImmutableArray<string> Warnings)
{
    /// <summary>Every synthetic table, in the order given (one element for a single synthetic file).</summary>
    public ImmutableArray<Table> Synthetics { get; init; } = ImmutableArray<Table>.Empty;
}
