using SynthAudit.Cli.Tests.Cli;

namespace SynthAudit.Cli.Tests.Qa;

/// <summary>Bad input through the CLI: exit 2, one stderr line naming the problem, and no output written.</summary>
public sealed class BadInputQaTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Audit_UnknownFormat_FailsBeforeReadingWithOneLine()
    {
        // Arrange
        var real = TinyData.Write(_folder, "real.csv", 200, 1);
        var synthetic = TinyData.Write(_folder, "synthetic.csv", 200, 2);
        var outDir = _folder.File("out");

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("audit", "--real", real, "--synthetic", synthetic, "--out", outDir,
            "--format", "json,docx", "--no-ledger");

        // Assert
        Assert.Equal(2, exit);
        var line = Assert.Single(Lines(error));
        Assert.Contains("unknown format 'docx'", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any());
    }

    [Fact]
    public async Task Generate_LedgerNotSqlite_FailsWithOneLineAndWritesNothing()
    {
        // Arrange
        var real = TinyData.Write(_folder, "real.csv", 200, 1);
        var ledger = _folder.Write("ledger.db", "not sqlite at all\n");
        var output = _folder.File("synthetic.csv");

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("generate", "--real", real, "--epsilon", "1", "--seed", "1", "--out", output,
            "--ledger", ledger);

        // Assert
        Assert.Equal(2, exit);
        var line = Assert.Single(Lines(error));
        Assert.Contains("ledger.db", line, StringComparison.Ordinal);
        Assert.Contains("SQLite", line, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(output + ".dp.json"));
    }

    [Fact]
    public async Task Generate_WithLedger_AppendsOneVerifiableRecord()
    {
        // Arrange
        var real = TinyData.Write(_folder, "real.csv", 200, 1);
        var ledger = _folder.File("trail.db");
        var output = _folder.File("synthetic.csv");
        var domain = _folder.File("domain.yml");

        // Act: 200 rows are too few to learn a domain at epsilon 1 (generate refuses), so the test drafts one.
        var (domainExit, _, _) = await CliRunner.RunAsync("domain", "--input", real, "--out", domain);
        var (exit, _, _) = await CliRunner.RunAsync("generate", "--real", real, "--epsilon", "1", "--seed", "1", "--domain", domain,
            "--out", output, "--ledger", ledger);
        var (listExit, listOut, _) = await CliRunner.RunAsync("ledger", "list", "--ledger", ledger);
        var (verifyExit, _, _) = await CliRunner.RunAsync("ledger", "verify", "--ledger", ledger);

        // Assert
        Assert.Equal(0, domainExit);
        Assert.Equal(0, exit);
        Assert.Equal(0, listExit);
        Assert.Equal(0, verifyExit);
        Assert.Contains("generate", listOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    public async Task Generate_BadEpsilon_FailsWithOneLine(string epsilon)
    {
        // Arrange
        var real = TinyData.Write(_folder, "real.csv", 50, 1);
        var output = _folder.File("synthetic.csv");

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("generate", "--real", real, "--epsilon", epsilon, "--out", output, "--no-ledger");

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("--epsilon", Assert.Single(Lines(error)), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
