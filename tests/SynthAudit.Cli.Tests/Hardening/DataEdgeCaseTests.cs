using System.Text.Json;
using SynthAudit.Cli.Tests.Audit;
using SynthAudit.Testing;

namespace SynthAudit.Cli.Tests.Hardening;

/// <summary>Input mix-ups and data edge cases of issue 18, end to end through <c>synthaudit audit</c> and <c>compare</c>.</summary>
public sealed class DataEdgeCaseTests : IDisposable
{
    private readonly SmallAdult _adult = new(trainRows: 300, holdoutRows: 120);

    public void Dispose() => _adult.Dispose();

    [Fact]
    public async Task Holdout_that_is_a_subset_of_real_exits_2_naming_the_overlap()
    {
        // Arrange
        var lines = File.ReadAllLines(_adult.Train);
        var subset = _adult.Write("subset.csv", string.Join('\n', lines.Take(101)) + "\n");
        var outDir = Path.Combine(_adult.Dir, "out");

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("audit", "--real", _adult.Train, "--synthetic", _adult.Synthetic, "--holdout", subset,
            "--out", outDir, "--no-ledger", "--format", "json");

        // Assert
        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'--holdout': every holdout row (100) also occurs in the real data", line, StringComparison.Ordinal);
        Assert.Contains("--allow-overlap", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task Same_file_in_every_role_runs_with_allow_overlap_and_says_so_loudly()
    {
        // Arrange
        var outDir = Path.Combine(_adult.Dir, "out");

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("audit", "--real", _adult.Train, "--synthetic", _adult.Train, "--holdout", _adult.Train,
            "--out", outDir, "--no-ledger", "--format", "json", "--bootstrap", "20", "--allow-overlap");

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains("OVERLAP (--allow-overlap): the holdout file is the real file", error, StringComparison.Ordinal);
        var warnings = Warnings(Path.Combine(outDir, "audit.json"));
        Assert.Contains(warnings, w => w.StartsWith("OVERLAP (--allow-overlap)", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("the synthetic file is identical to the real file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Disjoint_holdout_and_synthetic_overlapping_real_are_not_errors()
    {
        // Arrange: half the synthetic rows are real rows (what the replay metric measures, not an input mix-up)
        var real = File.ReadAllLines(_adult.Train);
        var synthetic = _adult.Write("half.csv", string.Join('\n', real.Take(151).Concat(File.ReadAllLines(_adult.Synthetic).Skip(1).Take(150))) + "\n");
        var outDir = Path.Combine(_adult.Dir, "out");

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("audit", "--real", _adult.Train, "--synthetic", synthetic, "--holdout", _adult.Holdout,
            "--out", outDir, "--no-ledger", "--format", "json", "--bootstrap", "20");

        // Assert
        Assert.Equal(0, exit);
        Assert.DoesNotContain("overlap", error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("holdout rows", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binary_target_coded_1_2_is_classification_in_utility_and_fairness()
    {
        // Arrange: German credit, 1 = good, 2 = bad
        var lines = File.ReadAllLines(Fixtures.Path("german-credit", "german.csv"));
        var train = _adult.Write("g-train.csv", string.Join('\n', lines.Take(301)) + "\n");
        var holdout = _adult.Write("g-holdout.csv", string.Join('\n', lines.Take(1).Concat(lines.Skip(301).Take(150))) + "\n");
        var synthetic = _adult.Write("g-synthetic.csv", string.Join('\n', lines.Take(1).Concat(lines.Skip(451).Take(150))) + "\n");
        var outDir = Path.Combine(_adult.Dir, "german");

        // Act
        var (exit, _, _) = await CliRunner.RunAsync("audit", "--real", train, "--synthetic", synthetic, "--holdout", holdout,
            "--target", "credit", "--sensitive", "personal_status", "--out", outDir, "--no-ledger", "--format", "json", "--bootstrap", "20");

        // Assert
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "audit.json")));
        var credit = doc.RootElement.GetProperty("schema").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "credit");
        Assert.Equal("boolean", credit.GetProperty("kind").GetString());
        var notes = Breakdown(doc, "utility.trtr");
        Assert.Contains(notes, b => b.Key == "boosting.auc" && b.Note!.Contains("positive class '1'", StringComparison.Ordinal));
        Assert.DoesNotContain(notes, b => b.Key.Contains("r2", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(Breakdown(doc, "fairness.parity_gap"), b => b.Key == "positive class" && b.Note!.StartsWith("credit = 1", StringComparison.Ordinal));
        Assert.Contains(Breakdown(doc, "fairness.equalized_odds_gap"), b => b.Key == "positive class" && b.Note!.StartsWith("credit = 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Identical_real_rows_give_sentences_not_exception_text_and_console_counts_the_listed_warnings()
    {
        // Arrange
        var lines = File.ReadAllLines(_adult.Train);
        var same = _adult.Write("same.csv", string.Join('\n', lines.Take(1).Concat(Enumerable.Repeat(lines[1], 60))) + "\n");
        var outDir = Path.Combine(_adult.Dir, "same");

        // Act
        var (exit, output, _) = await CliRunner.RunAsync("audit", "--real", same, "--synthetic", _adult.Synthetic, "--holdout", _adult.Holdout,
            "--target", "income-per-year", "--sensitive", "sex", "--out", outDir, "--no-ledger", "--format", "json,md,html", "--bootstrap", "20");

        // Assert
        Assert.Equal(0, exit);
        foreach (var file in Directory.GetFiles(outDir))
        {
            Assert.DoesNotContain("Exception", File.ReadAllText(file), StringComparison.Ordinal);
        }

        var md = File.ReadAllText(Path.Combine(outDir, "audit.md"));
        var listed = md[(md.IndexOf("Warnings (", StringComparison.Ordinal) + "Warnings (".Length)..];
        listed = listed[..listed.IndexOf(')', StringComparison.Ordinal)];
        Assert.Contains("  " + listed + " warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_small_holdout_gives_the_true_reason_with_the_minimum()
    {
        // Arrange
        var lines = File.ReadAllLines(_adult.Holdout);
        var tiny = _adult.Write("tiny.csv", string.Join('\n', lines.Take(3)) + "\n");
        var outDir = Path.Combine(_adult.Dir, "tiny");

        // Act
        var (exit, _, _) = await CliRunner.RunAsync("audit", "--real", _adult.Train, "--synthetic", _adult.Synthetic, "--holdout", tiny,
            "--out", outDir, "--no-ledger", "--format", "json", "--bootstrap", "20");

        // Assert
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "audit.json")));
        var dcr = doc.RootElement.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "privacy.dcr_share");
        Assert.Equal("the holdout has 2 rows; at least 20 are needed for a baseline", dcr.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Compare_per_set_audit_json_carries_only_its_own_warnings()
    {
        // Arrange: set b has a category the real data lacks; set a does not
        var lines = File.ReadAllLines(_adult.Synthetic);
        var b = _adult.Write("b.csv", string.Join('\n', lines.Take(1).Concat(lines.Skip(1).Take(150).Select((l, i) => i == 0 ? l.Replace("Private", "Martian", StringComparison.Ordinal) : l))) + "\n");
        var a = _adult.Write("a.csv", string.Join('\n', File.ReadAllLines(_adult.Train).Take(151)) + "\n");
        var outDir = Path.Combine(_adult.Dir, "cmp");

        // Act
        var (exit, _, _) = await CliRunner.RunAsync("compare", "--real", _adult.Train, "--synthetic", "a=" + a, "--synthetic", "b=" + b,
            "--out", outDir, "--no-ledger", "--format", "json", "--bootstrap", "20");

        // Assert
        Assert.Equal(0, exit);
        var own = Warnings(Path.Combine(outDir, "b", "audit.json"));
        var other = Warnings(Path.Combine(outDir, "a", "audit.json"));
        Assert.Contains(own, w => w.Contains("do not occur in the real data", StringComparison.Ordinal) && !w.StartsWith("b: ", StringComparison.Ordinal));
        Assert.DoesNotContain(other, w => w.StartsWith("b: ", StringComparison.Ordinal) || w.Contains("do not occur in the real data", StringComparison.Ordinal));
    }

    private static List<string> Warnings(string auditJson)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(auditJson));
        return [.. doc.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!)];
    }

    private static List<(string Key, string? Note)> Breakdown(JsonDocument doc, string id) =>
        [.. doc.RootElement.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == id)
            .GetProperty("breakdown").EnumerateArray()
            .Select(e => (e.GetProperty("key").GetString()!, e.TryGetProperty("note", out var n) ? n.GetString() : null))];
}
