using Microsoft.Data.Analysis;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Errors;

namespace SynthAudit.Auditing.IO;

/// <summary>Converts a <see cref="DataFrame"/> into the reader's columns in one pass over each column, without text.</summary>
/// <remarks>Numeric columns (integers, floating point, decimal) become numbers; string and char columns text; boolean columns
/// the levels <c>true</c>/<c>false</c>; <see cref="DateTime"/> columns datetimes (a time without a zone is UTC). A null is a
/// missing value, and so is a floating-point NaN.</remarks>
internal static class DataFrameConverter
{
    /// <summary>The columns of <paramref name="frame"/>.</summary>
    /// <exception cref="InputException">A column has a type that cannot be audited, or the frame is too large.</exception>
    public static CsvFile ToRaw(DataFrame frame, string name)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Rows.Count > int.MaxValue)
        {
            throw new InputException(name, "has more rows than one table can hold");
        }

        var rows = (int)frame.Rows.Count;
        var columns = new List<CsvColumnData>(frame.Columns.Count);
        foreach (var column in frame.Columns)
        {
            columns.Add(Convert(column, rows, name));
        }

        return new CsvFile(name, [.. columns], rows, ',');
    }

    private static CsvColumnData Convert(DataFrameColumn column, int rows, string name) => column switch
    {
        DoubleDataFrameColumn c => Numbers(c, rows, v => v),
        SingleDataFrameColumn c => Numbers(c, rows, v => v),
        Int32DataFrameColumn c => Numbers(c, rows, v => v),
        Int64DataFrameColumn c => Numbers(c, rows, v => v),
        Int16DataFrameColumn c => Numbers(c, rows, v => v),
        SByteDataFrameColumn c => Numbers(c, rows, v => v),
        ByteDataFrameColumn c => Numbers(c, rows, v => v),
        UInt16DataFrameColumn c => Numbers(c, rows, v => v),
        UInt32DataFrameColumn c => Numbers(c, rows, v => v),
        UInt64DataFrameColumn c => Numbers(c, rows, v => v),
        DecimalDataFrameColumn c => Numbers(c, rows, v => (double)v),
        DateTimeDataFrameColumn c => Numbers(c, rows, TabularValues.Seconds, ColumnKind.Datetime),
        BooleanDataFrameColumn c => Text(c.Name, c.Select(v => v is { } b ? (b ? "true" : "false") : null), rows),
        CharDataFrameColumn c => Text(c.Name, c.Select(v => v?.ToString()), rows),
        StringDataFrameColumn c => Text(c.Name, c, rows),
        ArrowStringDataFrameColumn c => Text(c.Name, c, rows),
        _ => throw new InputException(name, "has a data-frame column of type " + column.DataType.Name +
            ", which cannot be audited (numbers, text, booleans and DateTime can)", columnName: column.Name),
    };

    private static CsvColumnData Numbers<T>(PrimitiveDataFrameColumn<T> column, int rows, Func<T, double> convert, ColumnKind? kind = null)
        where T : unmanaged
    {
        var values = new double[rows];
        var r = 0;
        foreach (var v in column)
        {
            values[r++] = v is { } x ? convert(x) : double.NaN;
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsInfinity(values[i]))
            {
                throw new InputException(null, "data-frame column has an infinite value; numbers must be finite", columnName: column.Name);
            }
        }

        return CsvColumnData.FromNumbers(column.Name, values, kind);
    }

    private static CsvColumnData Text(string columnName, IEnumerable<string?> values, int rows)
    {
        var encoder = new LevelEncoder();
        var codes = new int[rows];
        var r = 0;
        foreach (var v in values)
        {
            codes[r++] = encoder.Encode(v);
        }

        return CsvColumnData.FromCodes(columnName, codes, encoder.Levels);
    }
}
