using System.Globalization;
using System.Text;
using SynthAudit.Core.Data;
using SynthAudit.Core.IO;

namespace SynthAudit.Core.Csv;

/// <summary>Writes a table as RFC 4180 CSV (comma, UTF-8 without BOM, LF line ends, invariant numbers), atomically.</summary>
/// <remarks>Missing values are written as empty fields; datetimes as ISO 8601 UTC (a date alone at midnight, fractions of a
/// second only when present); integral numbers without a decimal point, others in the shortest form that reads back exactly.</remarks>
public static class CsvTableWriter
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(Table table, string path) => AtomicFile.Write(path, s => Write(table, s));

    /// <summary>Writes <paramref name="table"/> to a stream (left open).</summary>
    public static void Write(Table table, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.Write(string.Join(',', table.Columns.Select(c => Quote(c.Name))));
        writer.Write('\n');
        var cells = new string[table.ColumnCount];
        for (var r = 0; r < table.RowCount; r++)
        {
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = Format(table.Columns[c], r);
            }

            writer.Write(string.Join(',', cells));
            writer.Write('\n');
        }
    }

    /// <summary>The text of one cell (empty when missing).</summary>
    public static string Format(Column column, int row)
    {
        ArgumentNullException.ThrowIfNull(column);
        switch (column)
        {
            case NumericColumn n:
                var v = n.Values[row];
                if (double.IsNaN(v))
                {
                    return string.Empty;
                }

                if (n.Kind == ColumnKind.Datetime)
                {
                    var instant = DateTimeOffset.UnixEpoch.AddSeconds(v);
                    return instant.TimeOfDay == TimeSpan.Zero
                        ? instant.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                        : instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
                }

                return v == Math.Floor(v) && Math.Abs(v) < 1e15
                    ? ((long)v).ToString(CultureInfo.InvariantCulture)
                    : v.ToString("R", CultureInfo.InvariantCulture);
            case CategoricalColumn c:
                return c.Codes[row] < 0 ? string.Empty : Quote(c.Levels[c.Codes[row]]);
            default:
                throw new NotSupportedException(column.GetType().Name);
        }
    }

    /// <summary>Quotes a field when it contains a delimiter, quote, line break or surrounding space.</summary>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var needs = field.AsSpan().IndexOfAny(",;|\t\"\r\n") >= 0 || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '));
        return needs ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
