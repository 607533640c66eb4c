using System.Collections.Immutable;
using SynthAudit.Core.Data;

namespace SynthAudit.Core.Schema;

/// <summary>The schema of an audit: every column of the real data with its kind and role.</summary>
public sealed record TableSchema(ImmutableArray<ColumnSchema> Columns)
{
    /// <summary>The columns metrics use (not excluded, not identifiers), in file order; includes target and sensitive columns.</summary>
    public IEnumerable<ColumnSchema> Used => Columns.Where(c => c.IsUsed);

    /// <summary>The target column, if one was chosen.</summary>
    public ColumnSchema? Target => Columns.FirstOrDefault(c => c.Role == ColumnRole.Target);

    /// <summary>The protected attributes, in file order.</summary>
    public IEnumerable<ColumnSchema> Sensitive => Columns.Where(c => c.Role == ColumnRole.Sensitive);

    /// <summary>The schema entry for a column, or null.</summary>
    public ColumnSchema? Find(string name) => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
