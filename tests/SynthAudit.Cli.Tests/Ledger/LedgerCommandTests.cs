using System.Diagnostics;
using SynthAudit.Auditing.Ledger;
using SynthAudit.Cli.Tests.Cli;
using SynthAudit.Core.IO;

namespace SynthAudit.Cli.Tests.Ledger;

public sealed class LedgerCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<(int Exit, string Out, string Error)> AuditAsync(string ledger, string outName = "out")
    {
        var real = TinyData.Write(_folder, "real.csv", 60, 1);
        var synthetic = TinyData.Write(_folder, "synthetic.csv", 60, 2);
        return await CliRunner.RunAsync("audit", "--real", real, "--synthetic", synthetic, "--format", "json",
            "--out", _folder.File(outName), "--ledger", ledger);
    }

    [Fact]
    public async Task Audit_appends_a_record_with_input_and_output_hashes()
    {
        // Arrange
        var ledger = _folder.File("trail/ledger.db");

        // Act
        var (exit, _, error) = await AuditAsync(ledger);

        // Assert
        Assert.True(exit == 0, error);
        using var store = LedgerStore.Open(ledger, create: false);
        var record = Assert.Single(store.ReadAll());
        var entry = LedgerCanonicalForm.Parse(record.Payload);
        Assert.Equal("audit", entry.Command);
        Assert.Equal(0, entry.Seed);
        Assert.Equal(AtomicFile.Sha256(_folder.File("real.csv")), entry.Inputs.Single(i => i.Role == "real").Sha256);
        Assert.Equal(AtomicFile.Sha256(_folder.File("synthetic.csv")), entry.Inputs.Single(i => i.Role == "synthetic").Sha256);
        var output = Assert.Single(entry.Outputs);
        Assert.Equal(AtomicFile.Sha256(_folder.File("out/audit.json")), output.Sha256);
        Assert.Equal(4, entry.Results.Length);
        Assert.Contains(entry.Results, r => r.Key == "fidelity:fidelity.quality_score");
    }

    [Fact]
    public async Task No_ledger_option_records_nothing()
    {
        // Arrange
        var real = TinyData.Write(_folder, "real.csv", 60, 1);
        var synthetic = TinyData.Write(_folder, "synthetic.csv", 60, 2);

        // Act
        var (exit, _, _) = await CliRunner.RunAsync("audit", "--real", real, "--synthetic", synthetic, "--format", "json",
            "--out", _folder.File("out"), "--no-ledger");

        // Assert
        Assert.Equal(0, exit);
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.db", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task List_prints_one_line_per_record_and_verify_exits_0()
    {
        // Arrange
        var ledger = _folder.File("ledger.db");
        await AuditAsync(ledger, "a");
        await AuditAsync(ledger, "b");

        // Act
        var list = await CliRunner.RunAsync("ledger", "list", "--ledger", ledger);
        var verify = await CliRunner.RunAsync("ledger", "verify", "--ledger", ledger);

        // Assert
        Assert.Equal(0, list.Exit);
        var lines = list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("#1  ", lines[0], StringComparison.Ordinal);
        Assert.Contains("audit", lines[1], StringComparison.Ordinal);
        Assert.Equal(0, verify.Exit);
        Assert.StartsWith("ledger intact: 2 record(s)", verify.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_exits_1_naming_the_altered_record()
    {
        // Arrange
        var ledger = _folder.File("ledger.db");
        using (var store = LedgerStore.Open(ledger, create: true))
        {
            for (var i = 1; i <= 3; i++)
            {
                store.Append(LedgerEntries.Sample(i));
            }
        }

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + ledger + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE ledger_records SET payload = replace(payload, '0.89', '0.99') WHERE seq = 2;";
            command.ExecuteNonQuery();
        }

        // Act
        var (exit, output, _) = await CliRunner.RunAsync("ledger", "verify", "--ledger", ledger);

        // Assert
        Assert.Equal(1, exit);
        Assert.StartsWith("ledger BROKEN at record #2:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_a_database_exits_2_with_one_line()
    {
        // Arrange
        var ledger = _folder.Write("ledger.db", "hello, I am a text file and not an SQLite database at all\n");

        // Act
        var verify = await CliRunner.RunAsync("ledger", "verify", "--ledger", ledger);
        var audit = await AuditAsync(ledger);

        // Assert
        Assert.Equal(2, verify.Exit);
        Assert.Equal("synthaudit: " + ledger + ": is not an SQLite database, so not a synthaudit ledger", verify.Error.TrimEnd('\n'));
        Assert.Equal(2, audit.Exit);
        Assert.Single(audit.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Directory.Exists(_folder.File("out")));
    }

    [Fact]
    public async Task Missing_ledger_exits_2()
    {
        // Act
        var (exit, _, error) = await CliRunner.RunAsync("ledger", "list", "--ledger", _folder.File("none.db"));

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("no ledger here", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_processes_appending_at_once_keep_the_chain_intact()
    {
        // Arrange: the built synthaudit.dll next to this test assembly
        var dll = BuiltBinary.Path;
        var ledger = _folder.File("shared.db");
        var real = TinyData.Write(_folder, "real.csv", 40, 1);
        var synthetic = TinyData.Write(_folder, "synthetic.csv", 40, 2);

        // Act
        var processes = Enumerable.Range(0, 2).Select(i => Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "audit", "--real", real, "--synthetic", synthetic, "--format", "json", "--out", _folder.File("p" + i), "--ledger", ledger },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!).ToList();
        foreach (var p in processes)
        {
            await p.StandardOutput.ReadToEndAsync();
            await p.WaitForExitAsync();
        }

        // Assert
        Assert.All(processes, p => Assert.Equal(0, p.ExitCode));
        var verify = await CliRunner.RunAsync("ledger", "verify", "--ledger", ledger);
        Assert.Equal(0, verify.Exit);
        Assert.StartsWith("ledger intact: 2 record(s)", verify.Out, StringComparison.Ordinal);
    }
}
