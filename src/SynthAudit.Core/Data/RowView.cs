namespace SynthAudit.Core.Data;

/// <summary>A cheap subset of a table's rows (an index array), for splits, samples and bootstrap resamples.</summary>
/// <remarks>Columns are never copied; <see cref="Rows"/> may repeat indices (bootstrap).</remarks>
public sealed class RowView
{
    private readonly int[]? _rows;

    /// <summary>Creates a view; a null index array means every row in order.</summary>
    public RowView(Table table, int[]? rows)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
        _rows = rows;
    }

    /// <summary>The underlying table.</summary>
    public Table Table { get; }

    /// <summary>The number of rows in the view.</summary>
    public int Count => _rows?.Length ?? Table.RowCount;

    /// <summary>The row index of the table at position <paramref name="i"/> of the view.</summary>
    public int this[int i] => _rows is null ? i : _rows[i];

    /// <summary>The index array (materialised as 0..n-1 when the view is the whole table).</summary>
    public int[] Rows => _rows ?? Enumerable.Range(0, Table.RowCount).ToArray();

    /// <summary>Copies the viewed rows into a new table.</summary>
    public Table Materialize(string? name = null) => Table.Take(Rows, name);
}
