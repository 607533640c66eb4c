using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;

namespace SynthAudit.Auditing.IO;

/// <summary>Turns in-memory tables into the reader's columns, and fingerprints columns that have no file bytes.</summary>
internal static class RawTables
{
    /// <summary>The columns of <paramref name="table"/> as a reader would produce them (no copy of the data).</summary>
    public static CsvFile FromTable(Table table, string name)
    {
        var columns = table.Columns.Select(c => c switch
        {
            NumericColumn n => CsvColumnData.FromNumbers(n.Name, n.Values, n.Kind == ColumnKind.Datetime ? ColumnKind.Datetime : null),
            CategoricalColumn k => CsvColumnData.FromCodes(k.Name, k.Codes, k.Levels),
            _ => throw new NotSupportedException(c.GetType().Name),
        });
        return new CsvFile(name, [.. columns], table.RowCount, ',');
    }

    /// <summary>A SHA-256 over the column names, values, codes and levels, so in-memory inputs are identified in the report.</summary>
    public static string Sha256(CsvFile file)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> number = stackalloc byte[8];
        foreach (var column in file.Columns)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(column.Name + "\n"));
            if (column.Numbers is not null)
            {
                hash.AppendData(MemoryMarshal.AsBytes(column.Numbers.AsSpan()));
            }

            if (column.Codes is not null)
            {
                hash.AppendData(MemoryMarshal.AsBytes(column.Codes.AsSpan()));
                foreach (var level in column.Levels)
                {
                    BinaryPrimitives.WriteInt64LittleEndian(number, level.Length);
                    hash.AppendData(number);
                    hash.AppendData(Encoding.UTF8.GetBytes(level));
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
