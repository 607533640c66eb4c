using DuckDB.NET.Data;

namespace SynthAudit.Auditing.Tests.IO;

/// <summary>Writes Parquet files with DuckDB, a Parquet writer independent of the one under test.</summary>
internal static class DuckDbParquet
{
    /// <summary>Copies a CSV file to Parquet; the CSV reader's missing-value tokens become nulls, column types are DuckDB's.</summary>
    public static void FromCsv(string csvPath, string parquetPath) =>
        Execute($"COPY (SELECT * FROM read_csv('{csvPath}', header = true, nullstr = ['?', ''])) TO '{parquetPath}' (FORMAT parquet)");

    /// <summary>Runs one SQL statement in a fresh in-memory database.</summary>
    public static void Execute(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
