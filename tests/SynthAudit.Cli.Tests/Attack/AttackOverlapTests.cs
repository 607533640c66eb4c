using System.Text.Json;
using SynthAudit.Cli.Tests.Audit;

namespace SynthAudit.Cli.Tests.Attack;

/// <summary><c>synthaudit attack</c> refuses a holdout that repeats the training rows, as <c>audit</c> and <c>compare</c> do:
/// the shadow population is drawn from the holdout, so it would hold the targets and the game would measure nothing
/// (issue 18, "input mix-ups").</summary>
public sealed class AttackOverlapTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "synthaudit-attack-overlap-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _train;
    private readonly string _holdout;

    public AttackOverlapTests()
    {
        Directory.CreateDirectory(_dir);
        _train = Path.Combine(_dir, "train.csv");
        _holdout = Path.Combine(_dir, "holdout.csv");
        AdultExtract.Write(_train, "train.csv", 401);
        AdultExtract.Write(_holdout, "holdout.csv", 401);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Holdout_inside_the_training_data_is_exit_2_with_one_line_and_no_files()
    {
        // Arrange: the holdout is 300 of the 400 training rows
        var subset = Path.Combine(_dir, "subset.csv");
        File.WriteAllLines(subset, File.ReadLines(_train).Take(301));
        var outDir = Path.Combine(_dir, "out");

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("attack", "--real", _train, "--holdout", subset, "--generator", "cp {train} {out}",
            "--targets", "4", "--runs", "10", "--shadow-rows", "100", "--out", outDir);

        // Assert
        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'--holdout': every holdout row (300) also occurs in the real data", line, StringComparison.Ordinal);
        Assert.Contains("shadow population", line, StringComparison.Ordinal);
        Assert.Contains("--allow-overlap", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task Same_file_as_real_and_holdout_runs_with_allow_overlap_and_says_so_in_attack_json()
    {
        // Arrange
        var outDir = Path.Combine(_dir, "allowed");

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("attack", "--real", _train, "--holdout", _train, "--generator", "cp {train} {out}",
            "--targets", "4", "--runs", "10", "--shadow-rows", "100", "--format", "json", "--out", outDir, "--allow-overlap");

        // Assert
        Assert.True(exit == 0, error);
        Assert.Contains("OVERLAP (--allow-overlap): the holdout file is the real file", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "attack.json")));
        var warnings = json.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Contains(warnings, w => w.StartsWith("OVERLAP (--allow-overlap)", StringComparison.Ordinal) && w.Contains("do not read the attack's results", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Disjoint_holdout_gets_no_overlap_warning()
    {
        // Arrange
        var outDir = Path.Combine(_dir, "clean");

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("attack", "--real", _train, "--holdout", _holdout, "--generator", "cp {train} {out}",
            "--targets", "4", "--runs", "10", "--shadow-rows", "100", "--format", "json", "--out", outDir);

        // Assert
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("OVERLAP", error, StringComparison.Ordinal);
        Assert.DoesNotContain("also occur", error, StringComparison.Ordinal);
    }
}
