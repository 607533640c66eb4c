namespace SynthAudit.Metrics.Learning;

/// <summary>A dense column-major matrix of encoded features: one contiguous span per feature.</summary>
/// <remarks>Column-major storage keeps every feature contiguous, so dot products and Gram matrices vectorise.</remarks>
public sealed class FeatureMatrix
{
    /// <summary>Creates a matrix over <paramref name="values"/> (not copied), laid out column after column.</summary>
    /// <param name="rows">The number of rows.</param>
    /// <param name="columns">The number of columns.</param>
    /// <param name="values">The values, <c>values[column * rows + row]</c>.</param>
    /// <param name="names">A name per column (e.g. <c>sex=Male</c>), or null.</param>
    public FeatureMatrix(int rows, int columns, double[] values, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        if (values.Length != (long)rows * columns)
        {
            throw new ArgumentException("The value array does not have rows × columns entries.", nameof(values));
        }

        Rows = rows;
        Columns = columns;
        Values = values;
        Names = names ?? Enumerable.Range(0, columns).Select(i => "x" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>The number of rows.</summary>
    public int Rows { get; }

    /// <summary>The number of columns (encoded features).</summary>
    public int Columns { get; }

    /// <summary>The values, column after column.</summary>
    public double[] Values { get; }

    /// <summary>The name of each column.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The values of one column.</summary>
    public ReadOnlySpan<double> Column(int column) => Values.AsSpan(column * Rows, Rows);

    /// <summary>The non-zero entries row by row, built on first use and kept (the values must not change after that).</summary>
    internal SparseRows NonZeroRows => _nonZeroRows ??= SparseRows.From(this);

    /// <summary>The number of non-zero values (NaN counts), counted on first use and kept.</summary>
    internal long NonZeroCount => _nonZeroCount ??= SparseRows.CountNonZeros(this);

    private SparseRows? _nonZeroRows;

    private long? _nonZeroCount;

    /// <summary>The value at a row and column.</summary>
    public double this[int row, int column] => Values[(column * Rows) + row];

    /// <summary>The rows of <paramref name="top"/> followed by those of <paramref name="bottom"/> (same columns).</summary>
    public static FeatureMatrix Stack(FeatureMatrix top, FeatureMatrix bottom)
    {
        ArgumentNullException.ThrowIfNull(top);
        ArgumentNullException.ThrowIfNull(bottom);
        if (top.Columns != bottom.Columns)
        {
            throw new ArgumentException("The matrices differ in column count.", nameof(bottom));
        }

        var rows = top.Rows + bottom.Rows;
        var values = new double[rows * top.Columns];
        for (var c = 0; c < top.Columns; c++)
        {
            top.Column(c).CopyTo(values.AsSpan(c * rows, top.Rows));
            bottom.Column(c).CopyTo(values.AsSpan((c * rows) + top.Rows, bottom.Rows));
        }

        return new FeatureMatrix(rows, top.Columns, values, top.Names);
    }

    /// <summary>A new matrix with the given rows, in that order (rows may repeat).</summary>
    public FeatureMatrix TakeRows(ReadOnlySpan<int> rows)
    {
        var values = new double[rows.Length * Columns];
        for (var c = 0; c < Columns; c++)
        {
            var source = Column(c);
            var target = values.AsSpan(c * rows.Length, rows.Length);
            for (var i = 0; i < rows.Length; i++)
            {
                target[i] = source[rows[i]];
            }
        }

        return new FeatureMatrix(rows.Length, Columns, values, Names);
    }
}
