using System.Globalization;
using DuckDB.NET.Data;
using SynthAudit.Core.Marginals;

namespace SynthAudit.Sql;

/// <summary>Opens an embedded DuckDB database on the audit's files and loads the used columns, for
/// <see cref="SqlMarginalStatistics"/>.</summary>
/// <remarks>The database lives in a private temporary directory (removed on dispose) rather than in memory, so that DuckDB
/// can keep tables larger than memory on disk and spill while grouping. Each file is read once: CSV fields are trimmed and
/// the missing-value tokens become NULL, as the in-process reader does.</remarks>
public static class DuckDbMarginalEngine
{
    /// <summary>Loads <paramref name="sources"/> and returns the statistics over them.</summary>
    /// <param name="sources">The files, one per side; a comparison gives several synthetic files, which become the tables of
    /// <see cref="SqlMarginalStatistics.ForSynthetic"/> in this order (the first is the synthetic side of the result).</param>
    /// <param name="columns">The columns to load.</param>
    /// <param name="missingTokens">The CSV missing-value tokens.</param>
    /// <param name="delimiter">The CSV delimiter, or null to detect it.</param>
    public static SqlMarginalStatistics Open(IReadOnlyList<SqlSource> sources, IReadOnlyList<SqlColumn> columns,
        IReadOnlyList<string> missingTokens, char? delimiter)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(missingTokens);
        var dialect = new DuckDbDialect();
        var directory = Path.Combine(Path.GetTempPath(), "synthaudit-duckdb-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        void Remove()
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary directory is harmless; the audit result does not depend on it.
            }
        }

        var connection = new DuckDBConnection("DataSource=" + Path.Combine(directory, "statistics.duckdb"));
        try
        {
            connection.Open();
            foreach (var statement in dialect.SessionSetup(Path.Combine(directory, "spill")))
            {
                Execute(connection, statement);
            }

            var tables = new Dictionary<MarginalSide, string>();
            var synthetics = new List<string>();
            foreach (var source in sources)
            {
                var scan = source.Format == SqlSourceFormat.Csv ? dialect.ScanCsv(Path.GetFullPath(source.Path), delimiter) : dialect.ScanParquet(Path.GetFullPath(source.Path));
                var names = ScanNames(connection, scan);
                var bound = columns.Select(c => (c, names.TryGetValue(c.Name, out var n) ? n : null)).ToList();
                var table = "t_" + source.Side.ToString().ToLowerInvariant();
                if (source.Side == MarginalSide.Synthetic)
                {
                    // The first synthetic table keeps the audit's name, so an audit's statements are those of set 0 of a comparison.
                    table += synthetics.Count == 0 ? string.Empty : "_" + synthetics.Count.ToString(CultureInfo.InvariantCulture);
                    synthetics.Add(table);
                }
                else if (tables.ContainsKey(source.Side))
                {
                    throw new ArgumentException("two " + source.Side + " files", nameof(sources));
                }

                Execute(connection, dialect.CreateTable(table, scan, source.Format, bound, missingTokens));
                tables.TryAdd(source.Side, table);
            }

            var map = columns.Select((c, i) => (c.Name, Column: "c" + i.ToString(CultureInfo.InvariantCulture)))
                .ToDictionary(x => x.Name, x => x.Column, StringComparer.Ordinal);
            return new SqlMarginalStatistics(connection, dialect, tables, map, Remove, synthetics);
        }
        catch
        {
            connection.Dispose();
            Remove();
            throw;
        }
    }

    private static Dictionary<string, string> ScanNames(DuckDBConnection connection, string scan)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM " + scan + " LIMIT 0";
        using var reader = command.ExecuteReader();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            names.TryAdd(reader.GetName(i).Trim(), reader.GetName(i));
        }

        return names;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
