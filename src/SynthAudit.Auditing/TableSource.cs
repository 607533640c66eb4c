using System.Security.Cryptography;
using Microsoft.Data.Analysis;
using SynthAudit.Auditing.IO;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.IO;

namespace SynthAudit.Auditing;

/// <summary>Where an audit's table comes from: a CSV or Parquet file, a stream, an in-memory <see cref="Table"/> or a
/// <see cref="DataFrame"/>.</summary>
/// <remarks>Every source is turned into the same columns before the schema is inferred, so a table gives the same audit
/// whichever way it arrives. A source is read when the audit runs, not when it is created. The command-line tool reads its
/// files through <see cref="FromFile"/>, so a library audit and <c>synthaudit audit</c> on the same files and seed agree.</remarks>
public sealed class TableSource
{
    private readonly Func<CsvReadOptions, (CsvFile File, string Sha256)> _load;

    private TableSource(string name, string? path, Func<CsvReadOptions, (CsvFile File, string Sha256)> load)
    {
        Name = name;
        Path = path;
        _load = load;
    }

    /// <summary>The file path, or the display name given for a stream or in-memory table.</summary>
    public string Name { get; }

    /// <summary>The file path when the source is a file, otherwise null.</summary>
    public string? Path { get; }

    /// <summary>A CSV or Parquet file, chosen by extension: <c>.parquet</c> or <c>.pq</c> is Parquet, anything else CSV.</summary>
    /// <param name="path">The file.</param>
    public static TableSource FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new TableSource(path, path, csv => (TableFiles.Read(path, csv), AtomicFile.Sha256(path)));
    }

    /// <summary>A CSV or Parquet stream, read (to its end) when the audit runs; the caller keeps it open until then.</summary>
    /// <param name="stream">The bytes of the table.</param>
    /// <param name="name">A display name for messages and the report, e.g. the original file name.</param>
    /// <param name="format">How the bytes are encoded.</param>
    public static TableSource FromStream(Stream stream, string name, TableFileFormat format = TableFileFormat.Csv)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new TableSource(name, null, csv =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var sha = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
            buffer.Position = 0;
            var file = format == TableFileFormat.Parquet ? ParquetTableReader.Read(buffer, name) : CsvTableReader.Read(buffer, name, csv);
            return (file, sha);
        });
    }

    /// <summary>An in-memory table; its column kinds are re-inferred like a file's (a datetime column stays a datetime).</summary>
    /// <param name="table">The table; its <see cref="Table.Name"/> becomes the source's name.</param>
    public static TableSource FromTable(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var name = string.IsNullOrEmpty(table.Name) ? "table" : table.Name;
        return new TableSource(name, null, _ => WithHash(RawTables.FromTable(table, name)));
    }

    /// <summary>A <see cref="DataFrame"/> (Microsoft.Data.Analysis), converted column by column in one pass, without text.</summary>
    /// <param name="frame">The data frame: numeric, boolean, string and <see cref="DateTime"/> columns; nulls are missing.</param>
    /// <param name="name">A display name for messages and the report.</param>
    public static TableSource FromDataFrame(DataFrame frame, string name = "dataframe")
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new TableSource(name, null, _ => WithHash(DataFrameConverter.ToRaw(frame, name)));
    }

    /// <summary>Reads the source into columns, with the SHA-256 of its bytes (or, for in-memory data, of its columns).</summary>
    internal (CsvFile File, string Sha256) Load(CsvReadOptions csv) => _load(csv);

    /// <inheritdoc />
    public override string ToString() => Name;

    private static (CsvFile, string) WithHash(CsvFile file) => (file, RawTables.Sha256(file));
}
