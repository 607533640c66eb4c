using Parquet;
using Parquet.Schema;
using SynthAudit.Core.Data;
using SynthAudit.Core.IO;

namespace SynthAudit.Auditing.IO;

/// <summary>Writes a table as one Parquet row group (Snappy), atomically: the one place that writes Parquet.</summary>
/// <remarks>Numeric columns whose values are all whole numbers become INT64, other numeric columns DOUBLE; datetimes become
/// UTC timestamps (microseconds); categorical and boolean columns become strings with their levels' spelling. Missing values
/// are nulls. Reading the file back with <see cref="ParquetTableReader"/> gives the same audit as the table.</remarks>
internal static class ParquetTableWriter
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(Table table, string path) => AtomicFile.Write(path, s => Write(table, s));

    /// <summary>Writes <paramref name="table"/> to a stream (left open).</summary>
    public static void Write(Table table, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);

        // Parquet.Net is asynchronous only; see ParquetTableReader.Read for why blocking is safe here.
        WriteAsync(table, stream).GetAwaiter().GetResult();
    }

    private static async Task WriteAsync(Table table, Stream output)
    {
        // Parquet.Net seeks while writing; a temp file's stream can, but a buffer keeps any caller stream safe too.
        using var buffer = new MemoryStream();
        var fields = table.Columns.Select(FieldOf).ToArray();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), buffer).ConfigureAwait(false))
        {
            using var group = writer.CreateRowGroup();
            for (var c = 0; c < fields.Length; c++)
            {
                await WriteColumnAsync(group, fields[c], table.Columns[c]).ConfigureAwait(false);
            }
        }

        // ToArray works even if the writer disposed the buffer.
        var bytes = buffer.ToArray();
        await output.WriteAsync(bytes).ConfigureAwait(false);
    }

    private static DataField FieldOf(Column column) => column switch
    {
        NumericColumn { Kind: ColumnKind.Datetime } => new DateTimeDataField(column.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true,
            unit: DateTimeTimeUnit.Micros, isNullable: true),
        NumericColumn n when IsWhole(n.Values) => new DataField<long?>(column.Name),
        NumericColumn => new DataField<double?>(column.Name),
        _ => new DataField<string>(column.Name, nullable: true),
    };

    private static bool IsWhole(double[] values) =>
        values.All(v => double.IsNaN(v) || (v == Math.Floor(v) && Math.Abs(v) < 1e15));

    private static async Task WriteColumnAsync(ParquetRowGroupWriter group, DataField field, Column column)
    {
        switch (column)
        {
            case NumericColumn { Kind: ColumnKind.Datetime } n:
                var instants = n.Values.Select(v => double.IsNaN(v) ? (DateTime?)null : TabularValues.Instant(v)).ToArray();
                await group.WriteAsync<DateTime>(field, instants.AsMemory()).ConfigureAwait(false);
                break;
            case NumericColumn n when field.ClrType == typeof(long):
                var whole = n.Values.Select(v => double.IsNaN(v) ? (long?)null : (long)v).ToArray();
                await group.WriteAsync<long>(field, whole.AsMemory()).ConfigureAwait(false);
                break;
            case NumericColumn n:
                var numbers = n.Values.Select(v => double.IsNaN(v) ? (double?)null : v).ToArray();
                await group.WriteAsync<double>(field, numbers.AsMemory()).ConfigureAwait(false);
                break;
            case CategoricalColumn c:
                var text = new string?[c.Length];
                for (var r = 0; r < text.Length; r++)
                {
                    text[r] = c.ValueAt(r);
                }

                await group.WriteAsync(field, text!).ConfigureAwait(false);
                break;
            default:
                throw new NotSupportedException(column.GetType().Name);
        }
    }
}
