using System.Text.Json;
using SynthAudit.Cli.Tests.Audit;

namespace SynthAudit.Cli.Tests.Attack;

/// <summary><c>synthaudit attack</c> refuses a holdout that repeats the training rows, as <c>audit</c> and <c>compare</c> do:
/// the shadow population is drawn from the holdout, so it would hold the targets and the game would measure nothing
/// (issue 18, "input mix-ups").</summary>
public sealed class AttackOverlapTests() : AttackTestFolder("synthaudit-attack-overlap-")
{
    [Fact]
    public async Task Holdout_inside_the_training_data_is_exit_2_with_one_line_and_no_files()
    {
        // Arrange: the holdout is 300 of the 400 training rows
        var subset = Path.Combine(Dir, "subset.csv");
        File.WriteAllLines(subset, File.ReadLines(Train).Take(301));
        var outDir = Path.Combine(Dir, "out");

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("attack", "--real", Train, "--holdout", subset, "--generator", "cp {train} {out}",
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
        var outDir = Path.Combine(Dir, "allowed");

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("attack", "--real", Train, "--holdout", Train, "--generator", "cp {train} {out}",
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
        var outDir = Path.Combine(Dir, "clean");

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("attack", "--real", Train, "--holdout", Holdout, "--generator", "cp {train} {out}",
            "--targets", "4", "--runs", "10", "--shadow-rows", "100", "--format", "json", "--out", outDir);

        // Assert
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("OVERLAP", error, StringComparison.Ordinal);
        Assert.DoesNotContain("also occur", error, StringComparison.Ordinal);
    }
}
