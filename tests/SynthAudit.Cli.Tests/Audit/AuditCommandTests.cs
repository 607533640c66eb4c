using System.Text.RegularExpressions;

namespace SynthAudit.Cli.Tests.Audit;

public sealed partial class AuditCommandTests
{
    [Fact]
    public async Task Audit_with_holdout_writes_audit_json_with_every_contract_metric()
    {
        // Arrange
        using var data = new SmallAdult();
        var outDir = Path.Combine(data.Dir, "report");

        // Act
        var (exit, stdout, stderr) = await CliRunner.RunAsync("audit", "--real", data.Train, "--synthetic", data.Synthetic,
            "--holdout", data.Holdout, "--target", "income-per-year", "--sensitive", "sex", "--out", outDir, "--format", "json",
            "--bootstrap", "20", "--no-ledger");

        // Assert
        Assert.True(exit == 0, stderr);
        var json = await File.ReadAllTextAsync(Path.Combine(outDir, "audit.json"));
        foreach (var id in Core.Metrics.MetricIds.All)
        {
            Assert.Contains("\"id\": \"" + id + "\"", json, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
        Assert.Contains("wrote", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Same_inputs_and_seed_give_byte_identical_audit_json_except_createdUtc()
    {
        // Arrange
        using var data = new SmallAdult();
        string[] Args(string dir) => ["audit", "--real", data.Train, "--synthetic", data.Synthetic, "--holdout", data.Holdout,
            "--target", "income-per-year", "--sensitive", "sex,race", "--seed", "5", "--bootstrap", "20", "--format", "json",
            "--out", dir, "--no-ledger"];

        var dir = Path.Combine(data.Dir, "out");

        // Act
        var first = await CliRunner.RunAsync(Args(dir));
        var a = CreatedUtc().Replace(await File.ReadAllTextAsync(Path.Combine(dir, "audit.json")), "");
        var second = await CliRunner.RunAsync(Args(dir));
        var b = CreatedUtc().Replace(await File.ReadAllTextAsync(Path.Combine(dir, "audit.json")), "");

        // Assert
        Assert.Equal(0, first.Exit);
        Assert.Equal(0, second.Exit);
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task Synthetic_file_missing_a_column_exits_2_naming_the_column_and_writes_nothing()
    {
        // Arrange
        using var data = new SmallAdult();
        var lines = File.ReadAllLines(data.Synthetic).Select(l => string.Join(',', l.Split(',').SkipLast(1)));
        var broken = data.Write("broken.csv", string.Join('\n', lines) + "\n");
        var outDir = Path.Combine(data.Dir, "report");

        // Act
        var (exit, _, stderr) = await CliRunner.RunAsync("audit", "--real", data.Train, "--synthetic", broken, "--out", outDir, "--no-ledger");

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("income-per-year", stderr, StringComparison.Ordinal);
        Assert.Contains("broken.csv", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFiles(outDir).Any());
    }

    [Fact]
    public async Task Unknown_format_exits_2_and_writes_no_report()
    {
        // Arrange
        using var data = new SmallAdult(300, 100);
        var outDir = Path.Combine(data.Dir, "report");

        // Act
        var (exit, _, stderr) = await CliRunner.RunAsync("audit", "--real", data.Train, "--synthetic", data.Synthetic,
            "--format", "json,docx", "--out", outDir, "--bootstrap", "5", "--no-ledger");

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("docx", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outDir, "audit.json")));
    }

    [Fact]
    public async Task Text_in_a_numeric_column_of_the_synthetic_file_exits_2_with_line_and_column()
    {
        // Arrange
        using var data = new SmallAdult(300, 100);
        var lines = File.ReadAllLines(data.Synthetic);
        lines[5] = "old" + lines[5][lines[5].IndexOf(',', StringComparison.Ordinal)..];
        var broken = data.Write("text.csv", string.Join('\n', lines) + "\n");

        // Act
        var (exit, _, stderr) = await CliRunner.RunAsync("audit", "--real", data.Train, "--synthetic", broken,
            "--out", Path.Combine(data.Dir, "r"), "--no-ledger");

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("text.csv:6", stderr, StringComparison.Ordinal);
        Assert.Contains("'age'", stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex("\"createdUtc\": \"[^\"]*\"")]
    private static partial Regex CreatedUtc();
}
