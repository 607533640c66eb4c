using System.Text.Json;
using SynthAudit.Auditing.Ledger;
using SynthAudit.Cli.Tests.Cli;

namespace SynthAudit.Cli.Tests.Compare;

public sealed class CompareCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Compare_writes_compare_json_one_audit_per_set_and_a_ledger_record()
    {
        // Arrange
        var real = TinyData.Write(_folder, "real.csv", 60, 1);
        var a = TinyData.Write(_folder, "a.csv", 50, 2);
        var b = TinyData.Write(_folder, "b.csv", 50, 3, shift: 5);
        var ledger = _folder.File("ledger.db");

        // Act
        var (exit, output, error) = await CliRunner.RunAsync("compare", "--real", real, "--synthetic", "a=" + a, "--synthetic", "b=" + b,
            "--out", _folder.File("out"), "--format", "json", "--ledger", ledger);

        // Assert
        Assert.True(exit == 0, error);
        Assert.Contains("Comparison of 2 synthetic sets", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(_folder.File("out/compare.json")));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(["a", "b"], root.GetProperty("generators").EnumerateArray().Select(g => g.GetProperty("name").GetString()));
        Assert.True(root.GetProperty("leaderboard").ValueKind == JsonValueKind.Array);
        Assert.Contains(root.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("conservative", StringComparison.Ordinal));
        Assert.True(File.Exists(_folder.File("out/a/audit.json")));
        Assert.True(File.Exists(_folder.File("out/b/audit.json")));
        using var store = LedgerStore.Open(ledger, create: false);
        var entry = LedgerCanonicalForm.Parse(Assert.Single(store.ReadAll()).Payload);
        Assert.Equal("compare", entry.Command);
        Assert.Equal(["real", "synthetic:a", "synthetic:b"], entry.Inputs.Select(i => i.Role));
        Assert.Equal(3, entry.Outputs.Length);
        Assert.Contains(entry.Results, r => r.Key == "b/fidelity:fidelity.quality_score");
    }

    [Fact]
    public async Task Compare_rerun_into_its_own_output_folder_succeeds_and_a_file_named_like_a_set_is_refused()
    {
        // Arrange: a first run leaves out/a/ and out/b/ (each holding audit.json).
        var real = TinyData.Write(_folder, "real.csv", 60, 1);
        var a = TinyData.Write(_folder, "a.csv", 50, 2);
        var b = TinyData.Write(_folder, "b.csv", 50, 3, shift: 5);
        string[] args = ["compare", "--real", real, "--synthetic", "a=" + a, "--synthetic", "b=" + b, "--out", _folder.File("out"), "--format", "json", "--no-ledger"];
        var first = await CliRunner.RunAsync(args);

        // Act
        var again = await CliRunner.RunAsync(args);
        Directory.Delete(_folder.File("out/b"), recursive: true);
        File.WriteAllText(_folder.File("out/b"), "not a folder");
        var blocked = await CliRunner.RunAsync(args);

        // Assert
        Assert.True(first.Exit == 0, first.Error);
        Assert.True(again.Exit == 0, again.Error);
        Assert.Equal(2, blocked.Exit);
        Assert.Contains("out/b' is a file", blocked.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_set_in_a_comparison_gets_the_same_metrics_as_its_own_audit()
    {
        // Arrange
        var real = TinyData.Write(_folder, "real.csv", 60, 1);
        var holdout = TinyData.Write(_folder, "holdout.csv", 40, 9);
        var a = TinyData.Write(_folder, "a.csv", 50, 2);
        var b = TinyData.Write(_folder, "b.csv", 50, 3, shift: 5);

        // Act
        var compare = await CliRunner.RunAsync("compare", "--real", real, "--holdout", holdout, "--synthetic", "a=" + a, "--synthetic", "b=" + b,
            "--target", "income", "--sensitive", "sex", "--out", _folder.File("cmp"), "--format", "json", "--no-ledger", "--bootstrap", "20");
        var audit = await CliRunner.RunAsync("audit", "--real", real, "--holdout", holdout, "--synthetic", b,
            "--target", "income", "--sensitive", "sex", "--out", _folder.File("single"), "--format", "json", "--no-ledger", "--bootstrap", "20");

        // Assert: shared real-side work must not change any number
        Assert.Equal(0, compare.Exit);
        Assert.Equal(0, audit.Exit);
        Assert.Equal(Metrics(_folder.File("single/audit.json")), Metrics(_folder.File("cmp/b/audit.json")));
    }

    [Theory]
    [InlineData("a=x.csv", null, "at least two")]
    [InlineData("a=x.csv", "a=y.csv", "given twice")]
    [InlineData("a=x.csv", "y.csv", "is not NAME=FILE")]
    public async Task Bad_synthetic_arguments_exit_2_with_one_line(string first, string? second, string expected)
    {
        // Arrange
        var real = TinyData.Write(_folder, "real.csv", 20, 1);
        var args = new List<string> { "compare", "--real", real, "--synthetic", first, "--no-ledger", "--out", _folder.File("out") };
        if (second is not null)
        {
            args.AddRange(["--synthetic", second]);
        }

        // Act
        var (exit, _, error) = await CliRunner.RunAsync([.. args]);

        // Assert
        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.File("out")));
    }

    private static string Metrics(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("metrics").GetRawText();
    }
}
