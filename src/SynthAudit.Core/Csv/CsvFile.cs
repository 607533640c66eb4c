using System.Collections.Immutable;

namespace SynthAudit.Core.Csv;

/// <summary>A table as read, before a schema is applied: a CSV file, or a Parquet file, data frame or in-memory table
/// converted to the same columns; its path (or display name), header, columns and row count.</summary>
/// <param name="Path">The path as given.</param>
/// <param name="Columns">The columns in header order.</param>
/// <param name="RowCount">Data rows read.</param>
/// <param name="Delimiter">The delimiter used.</param>
public sealed record CsvFile(string Path, ImmutableArray<CsvColumnData> Columns, int RowCount, char Delimiter)
{
    /// <summary>The column with the given name, or null.</summary>
    public CsvColumnData? Find(string name) => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
