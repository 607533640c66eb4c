using System.Collections.Immutable;

namespace SynthAudit.Core.Csv;

/// <summary>A CSV file as read: its path, header, columns and row count, before a schema is applied.</summary>
/// <param name="Path">The path as given.</param>
/// <param name="Columns">The columns in header order.</param>
/// <param name="RowCount">Data rows read.</param>
/// <param name="Delimiter">The delimiter used.</param>
public sealed record CsvFile(string Path, ImmutableArray<CsvColumnData> Columns, int RowCount, char Delimiter)
{
    /// <summary>The column with the given name, or null.</summary>
    public CsvColumnData? Find(string name) => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
