using Microsoft.Data.Sqlite;
using SynthAudit.Core.Errors;

namespace SynthAudit.Auditing.Ledger;

/// <summary>The SQLite file behind the audit-trail ledger: opening, appending under a write lock, and reading back.</summary>
/// <remarks>The database runs in WAL mode with a busy timeout. An append reads the last hash and inserts the new record inside
/// one <c>BEGIN IMMEDIATE</c> transaction, so concurrent writers (other threads or processes) queue on SQLite's write lock
/// and every record chains onto the one truly before it.</remarks>
internal sealed class LedgerStore : IDisposable
{
    private const string FormatKey = "format";
    private const string FormatValue = "synthaudit-ledger/1";
    private const int BusyTimeoutSeconds = 60;
    private const int NotADatabase = 26;
    private const int Corrupt = 11;

    private readonly SqliteConnection _connection;

    private LedgerStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The ledger file.</summary>
    public string Path { get; }

    /// <summary>Opens the ledger at <paramref name="path"/>, creating it (and its folder) when <paramref name="create"/> is set.</summary>
    /// <exception cref="InputException">The file is missing (without <paramref name="create"/>), is not an SQLite database, or is
    /// another application's database.</exception>
    public static LedgerStore Open(string path, bool create)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = System.IO.Path.GetFullPath(path);
        if (!create && !File.Exists(full))
        {
            throw new InputException(path, "no ledger here (nothing has been recorded yet)");
        }

        if (Directory.Exists(full))
        {
            throw new InputException(path, "is a folder, not a ledger file");
        }

        if (create)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = BusyTimeoutSeconds,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = " + (BusyTimeoutSeconds * 1000).ToString(System.Globalization.CultureInfo.InvariantCulture) + ";");
            Execute(connection, "PRAGMA journal_mode = WAL;");
            var store = new LedgerStore(path, connection);
            store.EnsureSchema();
            return store;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw Translate(path, ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Appends <paramref name="entry"/> at the end of the chain and returns the stored record.</summary>
    public LedgerRecord Append(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var payload = LedgerCanonicalForm.Serialize(entry);
        try
        {
            // deferred: false = BEGIN IMMEDIATE: take the write lock before reading the last hash.
            using var tx = _connection.BeginTransaction(deferred: false);
            long lastSequence = 0;
            var previous = LedgerCanonicalForm.Genesis;
            using (var last = _connection.CreateCommand())
            {
                last.Transaction = tx;
                last.CommandText = "SELECT seq, hash FROM ledger_records ORDER BY seq DESC LIMIT 1;";
                using var reader = last.ExecuteReader();
                if (reader.Read())
                {
                    lastSequence = reader.GetInt64(0);
                    previous = reader.GetString(1);
                }
            }

            var sequence = lastSequence + 1;
            var record = new LedgerRecord(sequence, payload, previous, LedgerCanonicalForm.Hash(sequence, previous, payload));
            using (var insert = _connection.CreateCommand())
            {
                insert.Transaction = tx;
                insert.CommandText = "INSERT INTO ledger_records (seq, payload, prev_hash, hash) VALUES ($seq, $payload, $prev, $hash);";
                insert.Parameters.AddWithValue("$seq", record.Sequence);
                insert.Parameters.AddWithValue("$payload", record.Payload);
                insert.Parameters.AddWithValue("$prev", record.PreviousHash);
                insert.Parameters.AddWithValue("$hash", record.Hash);
                insert.ExecuteNonQuery();
            }

            tx.Commit();
            return record;
        }
        catch (SqliteException ex)
        {
            throw Translate(Path, ex);
        }
    }

    /// <summary>Every record in sequence order.</summary>
    public IReadOnlyList<LedgerRecord> ReadAll()
    {
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT seq, payload, prev_hash, hash FROM ledger_records ORDER BY seq;";
            using var reader = command.ExecuteReader();
            var records = new List<LedgerRecord>();
            while (reader.Read())
            {
                records.Add(new LedgerRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }

            return records;
        }
        catch (SqliteException ex)
        {
            throw Translate(Path, ex);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private void EnsureSchema()
    {
        using var tx = _connection.BeginTransaction(deferred: false);
        using (var check = _connection.CreateCommand())
        {
            check.Transaction = tx;
            check.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table';";
            var tables = new List<string>();
            using (var reader = check.ExecuteReader())
            {
                while (reader.Read())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            if (tables.Count > 0 && !tables.Contains("ledger_meta", StringComparer.Ordinal))
            {
                throw new InputException(Path, "is an SQLite database but not a synthaudit ledger");
            }
        }

        using (var create = _connection.CreateCommand())
        {
            create.Transaction = tx;
            create.CommandText =
                "CREATE TABLE IF NOT EXISTS ledger_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);" +
                "CREATE TABLE IF NOT EXISTS ledger_records (seq INTEGER PRIMARY KEY, payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);" +
                "INSERT OR IGNORE INTO ledger_meta (key, value) VALUES ('" + FormatKey + "', '" + FormatValue + "');";
            create.ExecuteNonQuery();
        }

        using (var format = _connection.CreateCommand())
        {
            format.Transaction = tx;
            format.CommandText = "SELECT value FROM ledger_meta WHERE key = '" + FormatKey + "';";
            var value = format.ExecuteScalar() as string;
            if (!string.Equals(value, FormatValue, StringComparison.Ordinal))
            {
                throw new InputException(Path, "is a ledger of another format ('" + value + "'); this synthaudit writes " + FormatValue);
            }
        }

        tx.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static InputException Translate(string path, SqliteException ex) => ex.SqliteErrorCode switch
    {
        NotADatabase => new InputException(path, "is not an SQLite database, so not a synthaudit ledger", inner: ex),
        Corrupt => new InputException(path, "is a corrupt SQLite database", inner: ex),
        _ => new InputException(path, "cannot be used as a ledger: " + ex.Message.Replace("SQLite Error", "SQLite error", StringComparison.Ordinal), inner: ex),
    };
}
