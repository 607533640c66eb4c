using System.Globalization;
using Parquet;
using Parquet.Schema;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Errors;

namespace SynthAudit.Auditing.IO;

/// <summary>Reads a Parquet file into the same columns the CSV reader produces, taking each column's type from the Parquet
/// schema: the one place that reads Parquet.</summary>
/// <remarks>Integer, floating-point and decimal columns become numbers; strings stay text (a string column of digits is still
/// text: the schema says so); booleans become the levels <c>true</c>/<c>false</c>; dates and timestamps become datetimes
/// (seconds since 1970-01-01T00:00:00Z, timestamps without a time zone read as UTC); times of day become seconds. A null is
/// a missing value, and so is a floating-point NaN; no text token is read as missing. Nested, repeated and binary columns
/// are rejected with the column's name.</remarks>
internal static class ParquetTableReader
{
    /// <summary>Reads the Parquet file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, not Parquet, or has a column type we cannot audit.</exception>
    public static CsvFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new InputException(path, "is a folder, not a file");
        }

        if (!File.Exists(path))
        {
            throw new InputException(path, "file not found");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return Read(stream, path);
        }
        catch (IOException ex)
        {
            throw new InputException(path, "cannot be read: " + ex.Message, inner: ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InputException(path, "cannot be read: permission denied", inner: ex);
        }
    }

    /// <summary>Reads Parquet from a seekable stream (left open); <paramref name="displayPath"/> names it in messages.</summary>
    /// <exception cref="InputException">The content is not Parquet, or has a column type we cannot audit.</exception>
    public static CsvFile Read(Stream stream, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(displayPath);

        // Parquet.Net is asynchronous only; the loaders are synchronous (CPU-bound audits), and no synchronisation context
        // is involved in a console or test process, so blocking here cannot deadlock.
        return ReadAsync(stream, displayPath).GetAwaiter().GetResult();
    }

    private static async Task<CsvFile> ReadAsync(Stream stream, string displayPath)
    {
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(stream, leaveStreamOpen: true).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException or ArgumentException
            or InvalidOperationException or Parquet.ParquetException)
        {
            throw new InputException(displayPath, "is not a readable Parquet file: " + ex.Message, inner: ex);
        }

        await using (reader.ConfigureAwait(false))
        {
            if (reader.Schema.Fields.Any(f => f is not DataField))
            {
                throw new InputException(displayPath, "has nested columns (structs, lists or maps); only flat tables can be audited");
            }

            var fields = reader.Schema.GetDataFields();
            var total = 0L;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                total += reader.OpenRowGroupReader(g).RowCount;
            }

            if (total > int.MaxValue)
            {
                throw new InputException(displayPath, "has more rows than one table can hold");
            }

            var columns = new List<CsvColumnData>(fields.Length);
            foreach (var field in fields)
            {
                columns.Add(await ReadColumnAsync(reader, field, (int)total, displayPath).ConfigureAwait(false));
            }

            return new CsvFile(displayPath, [.. columns], (int)total, ',');
        }
    }

    private static async Task<CsvColumnData> ReadColumnAsync(ParquetReader reader, DataField field, int rows, string path)
    {
        if (field.IsArray)
        {
            throw new InputException(path, "is a repeated (list) column; only flat tables can be audited", columnName: field.Name);
        }

        var type = field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var encoder = new LevelEncoder();
            var codes = new int[rows];
            var offset = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                var group = reader.OpenRowGroupReader(g);
                var values = new string?[group.RowCount];
                await group.ReadAsync(field, values.AsMemory()).ConfigureAwait(false);
                foreach (var v in values)
                {
                    codes[offset++] = encoder.Encode(v);
                }
            }

            return CsvColumnData.FromCodes(field.Name, codes, encoder.Levels);
        }

        if (type == typeof(bool))
        {
            var encoder = new LevelEncoder();
            var codes = new int[rows];
            var offset = 0;
            await ForEachAsync<bool>(reader, field, v => codes[offset++] = encoder.Encode(v is { } b ? (b ? "true" : "false") : null)).ConfigureAwait(false);
            return CsvColumnData.FromCodes(field.Name, codes, encoder.Levels);
        }

        var numbers = new double[rows];
        var row = 0;
        ColumnKind? kind = null;
        switch (type)
        {
            case var t when t == typeof(double):
                await ForEachAsync<double>(reader, field, v => numbers[row++] = v ?? double.NaN).ConfigureAwait(false);
                break;
            case var t when t == typeof(float):
                await ForEachAsync<float>(reader, field, v => numbers[row++] = v ?? double.NaN).ConfigureAwait(false);
                break;
            case var t when t == typeof(int):
                await ForEachAsync<int>(reader, field, v => numbers[row++] = v ?? double.NaN).ConfigureAwait(false);
                break;
            case var t when t == typeof(long):
                await ForEachAsync<long>(reader, field, v => numbers[row++] = v ?? double.NaN).ConfigureAwait(false);
                break;
            case var t when t == typeof(short):
                await ForEachAsync<short>(reader, field, v => numbers[row++] = v ?? double.NaN).ConfigureAwait(false);
                break;
            case var t when t == typeof(sbyte):
                await ForEachAsync<sbyte>(reader, field, v => numbers[row++] = v ?? double.NaN).ConfigureAwait(false);
                break;
            case var t when t == typeof(byte):
                await ForEachAsync<byte>(reader, field, v => numbers[row++] = v ?? double.NaN).ConfigureAwait(false);
                break;
            case var t when t == typeof(ushort):
                await ForEachAsync<ushort>(reader, field, v => numbers[row++] = v ?? double.NaN).ConfigureAwait(false);
                break;
            case var t when t == typeof(uint):
                await ForEachAsync<uint>(reader, field, v => numbers[row++] = v ?? double.NaN).ConfigureAwait(false);
                break;
            case var t when t == typeof(ulong):
                await ForEachAsync<ulong>(reader, field, v => numbers[row++] = v ?? double.NaN).ConfigureAwait(false);
                break;
            case var t when t == typeof(decimal):
                await ForEachAsync<decimal>(reader, field, v => numbers[row++] = v is { } d ? (double)d : double.NaN).ConfigureAwait(false);
                break;
            case var t when t == typeof(DateTime):
                kind = ColumnKind.Datetime;
                await ForEachAsync<DateTime>(reader, field, v => numbers[row++] = v is { } d ? TabularValues.Seconds(d) : double.NaN).ConfigureAwait(false);
                break;
            case var t when t == typeof(DateTimeOffset):
                kind = ColumnKind.Datetime;
                await ForEachAsync<DateTimeOffset>(reader, field, v => numbers[row++] = v is { } d ? TabularValues.Seconds(d) : double.NaN).ConfigureAwait(false);
                break;
            case var t when t == typeof(DateOnly):
                kind = ColumnKind.Datetime;
                await ForEachAsync<DateOnly>(reader, field, v => numbers[row++] = v is { } d ? TabularValues.Seconds(d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)) : double.NaN).ConfigureAwait(false);
                break;
            case var t when t == typeof(TimeSpan):
                await ForEachAsync<TimeSpan>(reader, field, v => numbers[row++] = v is { } s ? s.TotalSeconds : double.NaN).ConfigureAwait(false);
                break;
            case var t when t == typeof(TimeOnly):
                await ForEachAsync<TimeOnly>(reader, field, v => numbers[row++] = v is { } s ? s.ToTimeSpan().TotalSeconds : double.NaN).ConfigureAwait(false);
                break;
            default:
                throw new InputException(path, string.Create(CultureInfo.InvariantCulture,
                    $"has Parquet type {type.Name}, which cannot be audited (numbers, text, booleans, dates and timestamps can)"), columnName: field.Name);
        }

        for (var i = 0; i < numbers.Length; i++)
        {
            if (double.IsInfinity(numbers[i]))
            {
                throw new InputException(path, "has an infinite value; numbers must be finite", columnName: field.Name);
            }
        }

        return CsvColumnData.FromNumbers(field.Name, numbers, kind);
    }

    private static async Task ForEachAsync<T>(ParquetReader reader, DataField field, Action<T?> each)
        where T : struct
    {
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.OpenRowGroupReader(g);
            if (field.IsNullable)
            {
                var values = new T?[group.RowCount];
                await group.ReadAsync(field, values.AsMemory()).ConfigureAwait(false);
                foreach (var v in values)
                {
                    each(v);
                }
            }
            else
            {
                var values = new T[group.RowCount];
                await group.ReadAsync(field, values.AsMemory()).ConfigureAwait(false);
                foreach (var v in values)
                {
                    each(v);
                }
            }
        }
    }
}
