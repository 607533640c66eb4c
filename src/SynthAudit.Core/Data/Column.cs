namespace SynthAudit.Core.Data;

/// <summary>One named, typed column of a <see cref="Table"/>.</summary>
public abstract class Column
{
    /// <summary>Creates a column.</summary>
    protected Column(string name, ColumnKind kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Kind = kind;
    }

    /// <summary>The column name from the header.</summary>
    public string Name { get; }

    /// <summary>The kind of values held.</summary>
    public ColumnKind Kind { get; }

    /// <summary>The number of rows.</summary>
    public abstract int Length { get; }

    /// <summary>Whether the value in <paramref name="row"/> is missing.</summary>
    public abstract bool IsMissing(int row);

    /// <summary>The number of missing values.</summary>
    public int CountMissing()
    {
        var count = 0;
        for (var i = 0; i < Length; i++)
        {
            if (IsMissing(i))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A new column holding the given rows, in that order (rows may repeat).</summary>
    public abstract Column Take(ReadOnlySpan<int> rows);

    /// <summary>The same data under another kind (for schema overrides).</summary>
    public abstract Column WithKind(ColumnKind kind);
}
