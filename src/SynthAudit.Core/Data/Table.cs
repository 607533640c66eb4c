using System.Collections.Immutable;

namespace SynthAudit.Core.Data;

/// <summary>An immutable columnar table: named, typed columns of equal length.</summary>
public sealed class Table
{
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates a table; column names must be unique and columns of equal length.</summary>
    public Table(string name, IEnumerable<Column> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Name = name ?? string.Empty;
        Columns = columns.ToImmutableArray();
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Columns.Length; i++)
        {
            if (!_index.TryAdd(Columns[i].Name, i))
            {
                throw new ArgumentException("Duplicate column name " + Columns[i].Name + ".", nameof(columns));
            }
        }

        RowCount = Columns.Length == 0 ? 0 : Columns[0].Length;
        if (Columns.Any(c => c.Length != RowCount))
        {
            throw new ArgumentException("Columns differ in length.", nameof(columns));
        }
    }

    /// <summary>A display name (usually the file name).</summary>
    public string Name { get; }

    /// <summary>The columns, in file order.</summary>
    public ImmutableArray<Column> Columns { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The number of columns.</summary>
    public int ColumnCount => Columns.Length;

    /// <summary>The column with the given name.</summary>
    /// <exception cref="KeyNotFoundException">There is no such column.</exception>
    public Column this[string name] => Columns[_index[name]];

    /// <summary>The index of the named column, or -1.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;

    /// <summary>Whether the table has the named column.</summary>
    public bool Contains(string name) => _index.ContainsKey(name);

    /// <summary>A new table with the given rows, in that order (a copy; use <see cref="RowView"/> to avoid copying).</summary>
    public Table Take(ReadOnlySpan<int> rows, string? name = null)
    {
        var copy = new Column[Columns.Length];
        for (var c = 0; c < copy.Length; c++)
        {
            copy[c] = Columns[c].Take(rows);
        }

        return new Table(name ?? Name, copy);
    }

    /// <summary>A new table with only the named columns, in the given order.</summary>
    public Table Select(IEnumerable<string> names) => new(Name, names.Select(n => this[n]));

    /// <summary>A new table with one column replaced (same name) or appended.</summary>
    public Table With(Column column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var list = Columns.ToList();
        var i = IndexOf(column.Name);
        if (i >= 0)
        {
            list[i] = column;
        }
        else
        {
            list.Add(column);
        }

        return new Table(Name, list);
    }

    /// <summary>A view of all rows.</summary>
    public RowView AllRows() => new(this, null);
}
