using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;

namespace SynthAudit.Auditing.IO;

/// <summary>Reads and writes table files in the format their extension names: <c>.parquet</c> (or <c>.pq</c>) is Parquet,
/// anything else CSV. Every command that takes or writes a table goes through here.</summary>
internal static class TableFiles
{
    /// <summary>Whether <paramref name="path"/> names a Parquet file.</summary>
    public static bool IsParquet(string path) =>
        path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".pq", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a CSV or Parquet file; <paramref name="csv"/> applies to CSV files only (Parquet has typed nulls).</summary>
    /// <exception cref="Core.Errors.InputException">The file is missing or malformed.</exception>
    public static CsvFile Read(string path, CsvReadOptions? csv = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return IsParquet(path) ? ParquetTableReader.Read(path) : CsvTableReader.Read(path, csv);
    }

    /// <summary>Writes <paramref name="table"/> to <paramref name="path"/> atomically, as Parquet or CSV by extension.</summary>
    public static void Write(Table table, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var buffer = new MemoryStream();
        Write(table, buffer, path);
        Core.IO.AtomicFile.Write(path, s => buffer.WriteTo(s));
    }

    /// <summary>Writes <paramref name="table"/> to a stream in the format <paramref name="path"/>'s extension names.</summary>
    public static void Write(Table table, Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (IsParquet(path))
        {
            ParquetTableWriter.Write(table, stream);
        }
        else
        {
            CsvTableWriter.Write(table, stream);
        }
    }
}
