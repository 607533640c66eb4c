using System.Globalization;

namespace SynthAudit.Sql;

/// <summary>The DuckDB pieces of the SQL: single-threaded for repeatable floating-point sums, spilling to a private
/// directory so that inputs larger than memory work, and DuckDB's file scans.</summary>
public sealed class DuckDbDialect : SqlDialect
{
    /// <inheritdoc />
    public override string Name => "duckdb";

    /// <inheritdoc />
    public override IReadOnlyList<string> SessionSetup(string spillDirectory) =>
    [
        // One thread: DuckDB adds partial sums in thread order otherwise, and the last digits of a sum would change between runs.
        "SET threads = 1",
        "SET preserve_insertion_order = false",
        // A stated memory bound: beyond it DuckDB spills to the private directory instead of growing with the input.
        "SET memory_limit = '512MB'",
        "SET temp_directory = " + Text(spillDirectory),
    ];

    /// <inheritdoc />
    public override string ScanCsv(string path, char? delimiter) =>
        "read_csv(" + Text(path) + ", header = true, all_varchar = true"
        + (delimiter is { } d ? ", delim = " + Text(d.ToString(CultureInfo.InvariantCulture)) : string.Empty) + ")";

    /// <inheritdoc />
    public override string ScanParquet(string path) => "read_parquet(" + Text(path) + ")";
}
