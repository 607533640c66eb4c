using Microsoft.Data.Sqlite;
using SynthAudit.Auditing.Ledger;
using SynthAudit.Cli.Tests.Cli;
using SynthAudit.Core.Errors;

namespace SynthAudit.Cli.Tests.Ledger;

public sealed class LedgerStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Ledger(int records)
    {
        var path = _folder.File("ledger.db");
        using var store = LedgerStore.Open(path, create: true);
        for (var i = 1; i <= records; i++)
        {
            store.Append(LedgerEntries.Sample(i));
        }

        return path;
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static LedgerVerification Verify(string path)
    {
        using var store = LedgerStore.Open(path, create: false);
        return LedgerVerifier.Verify(store.ReadAll());
    }

    [Fact]
    public void Append_ThreeRecords_ChainsAndVerifies()
    {
        // Arrange
        var path = Ledger(3);

        // Act
        using var store = LedgerStore.Open(path, create: false);
        var records = store.ReadAll();
        var verification = LedgerVerifier.Verify(records);

        // Assert
        Assert.Equal([1L, 2L, 3L], records.Select(r => r.Sequence));
        Assert.Equal(LedgerCanonicalForm.Genesis, records[0].PreviousHash);
        Assert.Equal(records[0].Hash, records[1].PreviousHash);
        Assert.Equal(records[1].Hash, records[2].PreviousHash);
        Assert.True(verification.IsIntact);
        Assert.Equal(records[2].Hash, verification.HeadHash);
        Assert.Equal(LedgerCanonicalForm.Serialize(LedgerEntries.Sample(2)), records[1].Payload);
    }

    [Fact]
    public void Serialize_SameEntry_SameBytesAndRoundTrips()
    {
        // Arrange
        var entry = LedgerEntries.Sample(7);

        // Act
        var a = LedgerCanonicalForm.Serialize(entry);
        var b = LedgerCanonicalForm.Serialize(LedgerCanonicalForm.Parse(a));

        // Assert
        Assert.Equal(a, b);
        Assert.StartsWith("{\"v\":1,\"timeUtc\":\"2026-11-22T12:07:00Z\",\"tool\":\"0.1.0\",\"command\":\"audit\"", a, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_UpdatedResult_NamesTheAlteredRecord()
    {
        // Arrange
        var path = Ledger(3);
        Execute(path, "UPDATE ledger_records SET payload = replace(payload, '0.87', '0.97') WHERE seq = 2;");

        // Act
        var verification = Verify(path);

        // Assert
        Assert.False(verification.IsIntact);
        Assert.Equal(2, verification.BrokenSequence);
        Assert.Contains("altered", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_UpdatedResultWithRecomputedHash_BreaksAtTheNextRecord()
    {
        // Arrange: a forger who also fixes record 2's own hash is caught by record 3's link
        var path = Ledger(3);
        string payload;
        string previous;
        using (var store = LedgerStore.Open(path, create: false))
        {
            var r = store.ReadAll()[1];
            payload = r.Payload.Replace("0.87", "0.97", StringComparison.Ordinal);
            previous = r.PreviousHash;
        }

        var forged = LedgerCanonicalForm.Hash(2, previous, payload);
        Execute(path, "UPDATE ledger_records SET payload = '" + payload.Replace("'", "''", StringComparison.Ordinal) + "', hash = '" + forged + "' WHERE seq = 2;");

        // Act
        var verification = Verify(path);

        // Assert
        Assert.Equal(3, verification.BrokenSequence);
        Assert.Contains("does not chain onto record #2", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_DeletedMiddleRecord_NamesTheRecordAfterTheGap()
    {
        // Arrange
        var path = Ledger(3);
        Execute(path, "DELETE FROM ledger_records WHERE seq = 2;");

        // Act
        var verification = Verify(path);

        // Assert
        Assert.Equal(3, verification.BrokenSequence);
        Assert.Equal("record(s) #2..#2 before it are missing (removed)", verification.Problem);
    }

    [Fact]
    public void Verify_DeletedMiddleRecordAndRenumbered_StillBroken()
    {
        // Arrange: remove record 2 and renumber record 3 as 2, hiding the gap
        var path = Ledger(3);
        Execute(path, "DELETE FROM ledger_records WHERE seq = 2; UPDATE ledger_records SET seq = 2 WHERE seq = 3;");

        // Act
        var verification = Verify(path);

        // Assert: its hash covers its sequence number
        Assert.Equal(2, verification.BrokenSequence);
    }

    [Fact]
    public async Task Append_TwoWritersOnSeparateConnections_KeepOneUnbrokenChain()
    {
        // Arrange
        var path = _folder.File("concurrent.db");
        const int PerWriter = 40;

        // Act: two threads, each with its own connection, appending at the same time
        var start = new ManualResetEventSlim(false);
        var writers = Enumerable.Range(0, 2).Select(w => Task.Factory.StartNew(() =>
        {
            using var store = LedgerStore.Open(path, create: true);
            start.Wait();
            for (var i = 0; i < PerWriter; i++)
            {
                store.Append(LedgerEntries.Sample((w * 1000) + i));
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        start.Set();
        await Task.WhenAll(writers);

        // Assert
        using var reader = LedgerStore.Open(path, create: false);
        var records = reader.ReadAll();
        Assert.Equal(Enumerable.Range(1, 2 * PerWriter).Select(i => (long)i), records.Select(r => r.Sequence));
        Assert.True(LedgerVerifier.Verify(records).IsIntact);
    }

    [Fact]
    public void Open_TextFile_ThrowsInputExceptionNotADatabase()
    {
        // Arrange
        var path = _folder.Write("notes.db", "this is not a database, just some text that is long enough to fill a header page\n");

        // Act
        var ex = Assert.Throws<InputException>(() => LedgerStore.Open(path, create: true));

        // Assert
        Assert.Equal(path + ": is not an SQLite database, so not a synthaudit ledger", ex.Message);
    }

    [Fact]
    public void Open_ForeignSqliteDatabase_ThrowsInputException()
    {
        // Arrange
        var path = _folder.File("other.db");
        Execute(path, "CREATE TABLE customers (id INTEGER);");

        // Act
        var ex = Assert.Throws<InputException>(() => LedgerStore.Open(path, create: true));

        // Assert
        Assert.Contains("not a synthaudit ledger", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordAsync_NoLedger_WritesNothingAndReturnsNull()
    {
        // Arrange
        var path = _folder.File("unused.db");

        // Act
        var skipped = await LedgerRecorder.RecordAsync(LedgerEntries.Sample(1), path, noLedger: true);
        var recorded = await LedgerRecorder.RecordAsync(LedgerEntries.Sample(1), _folder.File("used.db"), noLedger: false);

        // Assert
        Assert.Null(skipped);
        Assert.False(File.Exists(path));
        Assert.Equal(1, recorded!.Sequence);
    }
}
