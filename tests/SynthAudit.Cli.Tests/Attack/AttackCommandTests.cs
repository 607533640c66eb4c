using System.Text.Json;
using SynthAudit.Cli;
using SynthAudit.Cli.Tests.Audit;

namespace SynthAudit.Cli.Tests.Attack;

/// <summary>End-to-end runs of <c>synthaudit attack</c> on a small Adult extract (tiny settings: 4 targets, 8-10 runs).</summary>
public sealed class AttackCommandTests() : AttackTestFolder("synthaudit-attack-test-")
{
    [Fact]
    public async Task Attack_CopyGenerator_DetectsLeakageAndWritesEveryFormatWithoutRecords()
    {
        // Arrange
        var outDir = Path.Combine(Dir, "copy");

        // Act
        var (code, stdout, stderr) = await CliRunner.RunAsync("attack", "--real", Train, "--holdout", Holdout, "--generator", "cp {train} {out}",
            "--targets", "4", "--runs", "10", "--shadow-rows", "100", "--out", outDir);

        // Assert
        Assert.True(code == 0, stderr);
        Assert.Contains("Membership leakage detected", stdout, StringComparison.Ordinal);
        foreach (var ext in new[] { "json", "md", "html", "pdf" })
        {
            Assert.True(File.Exists(Path.Combine(outDir, "attack." + ext)), ext);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "attack.json")));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.True(root.GetProperty("pooled").GetProperty("auc").GetDouble() >= 0.95);
        Assert.Equal(10, root.GetProperty("runLog").GetProperty("runsSucceeded").GetInt32());
        Assert.False(root.GetProperty("targets")[0].TryGetProperty("rowIndex", out _));

        // No real record appears in any text report: check every training line of 20+ characters.
        var records = File.ReadLines(Train).Skip(1).Where(l => l.Length >= 20).ToList();
        foreach (var ext in new[] { "json", "md", "html" })
        {
            var text = File.ReadAllText(Path.Combine(outDir, "attack." + ext));
            Assert.DoesNotContain(records, r => text.Contains(r, StringComparison.Ordinal));
        }

    }

    [Fact]
    public async Task Attack_CopyGeneratorClaimingDp_BoundAboveClaimIsABugExit1()
    {
        // Arrange: a plain copy that claims epsilon 0.1; 20 scored pairs all guessed right imply epsilon about 1.
        var outDir = Path.Combine(Dir, "claim");

        // Act
        var (code, stdout, stderr) = await CliRunner.RunAsync("attack", "--real", Train, "--holdout", Holdout, "--generator", "cp {train} {out}",
            "--epsilon", "0.1", "--delta", "1e-6", "--targets", "4", "--runs", "10", "--shadow-rows", "100", "--format", "json,md", "--out", outDir);

        // Assert
        Assert.True(code == 1, stderr);
        Assert.Contains("BUG: above the claimed epsilon 0.1", stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "attack.json")));
        Assert.False(json.RootElement.GetProperty("empiricalEpsilon").GetProperty("consistentWithClaim").GetBoolean());
        Assert.Contains("BUG", File.ReadAllText(Path.Combine(outDir, "attack.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attack_IncludeRowIds_WritesTargetRowsIntoJsonOnly()
    {
        // Arrange
        var outDir = Path.Combine(Dir, "ids");

        // Act
        var (code, _, stderr) = await CliRunner.RunAsync("attack", "--real", Train, "--holdout", Holdout, "--generator", "cp {train} {out}",
            "--targets", "4", "--runs", "8", "--shadow-rows", "60", "--include-row-ids", "--format", "json", "--out", outDir);

        // Assert
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "attack.json")));
        Assert.True(json.RootElement.GetProperty("targets")[0].TryGetProperty("rowIndex", out _));
        Assert.False(File.Exists(Path.Combine(outDir, "attack.md")));
    }

    [Fact]
    public async Task Attack_FailingGenerator_ClearLineExit2AndStderrKept()
    {
        // Arrange
        var outDir = Path.Combine(Dir, "fail");

        // Act
        var (code, _, stderr) = await CliRunner.RunAsync("attack", "--real", Train, "--holdout", Holdout,
            "--generator", "echo {train} {out} > /dev/null; echo boom >&2; exit 3", "--targets", "4", "--runs", "8", "--shadow-rows", "60", "--out", outDir);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("synthaudit: the generator failed on the first run, twice: exit code 3", stderr, StringComparison.Ordinal);
        Assert.Contains("boom", File.ReadAllText(Path.Combine(outDir, "stderr", "run-0000.txt")), StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("synthaudit: the generator", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Attack_HangingGenerator_IsKilledAtTheTimeoutExit2()
    {
        // Arrange
        var outDir = Path.Combine(Dir, "hang");

        // Act
        var (code, _, stderr) = await CliRunner.RunAsync("attack", "--real", Train, "--holdout", Holdout,
            "--generator", "sleep 30 # {train} {out}", "--timeout", "1", "--targets", "4", "--runs", "8", "--shadow-rows", "60", "--out", outDir);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("timed out after 1 s and was killed", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attack_MalformedCsv_ClearLineExit2()
    {
        // Arrange
        var outDir = Path.Combine(Dir, "malformed");

        // Act
        var (code, _, stderr) = await CliRunner.RunAsync("attack", "--real", Train, "--holdout", Holdout,
            "--generator", "printf 'a,b\\n1,2\\n' > {out} # {train}", "--targets", "4", "--runs", "8", "--shadow-rows", "60", "--out", outDir);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains("malformed CSV", stderr, StringComparison.Ordinal);
        Assert.Contains("column is missing", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attack_GeneratorFailingSometimes_RunsAreCountedNotHidden()
    {
        // Arrange: fails whenever the shadow set's first data line sorts before "3" (an age in the teens or twenties: about a quarter of the runs), else copies.
        var outDir = Path.Combine(Dir, "flaky");
        var script = "first=$(sed -n 2p {train} | cut -c1); if [ \"$first\" \\< 3 ]; then echo flaky >&2; exit 1; fi; cp {train} {out}";

        // Act
        var (code, stdout, stderr) = await CliRunner.RunAsync("attack", "--real", Train, "--holdout", Holdout, "--generator", script,
            "--targets", "4", "--runs", "12", "--shadow-rows", "60", "--seed", "3", "--format", "json,md", "--out", outDir);

        // Assert
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "attack.json")));
        var log = json.RootElement.GetProperty("runLog");
        var failures = log.GetProperty("failures").GetArrayLength();
        Assert.Equal(12 - failures, log.GetProperty("runsSucceeded").GetInt32());
        Assert.Contains("failed", stdout, StringComparison.Ordinal);
        if (failures > 0)
        {
            Assert.Contains("exit code 1", File.ReadAllText(Path.Combine(outDir, "attack.md")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Attack_BuiltinMst_TinyRunIsConsistentWithItsEpsilon()
    {
        // Arrange
        var outDir = Path.Combine(Dir, "mst");

        // Act
        var (code, stdout, stderr) = await CliRunner.RunAsync("attack", "--real", Train, "--holdout", Holdout, "--builtin", "mst", "--epsilon", "1",
            "--targets", "4", "--runs", "8", "--shadow-rows", "100", "--format", "json", "--out", outDir);

        // Assert
        Assert.True(code == 0, stderr);
        Assert.Contains("Consistent with the claimed epsilon 1", stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "attack.json")));
        Assert.True(json.RootElement.GetProperty("empiricalEpsilon").GetProperty("consistentWithClaim").GetBoolean());
    }

    [Fact]
    public async Task Attack_BadUsage_Exit2()
    {
        // Arrange / Act
        var both = await CliRunner.RunAsync("attack", "--real", Train, "--holdout", Holdout, "--generator", "cp {train} {out}", "--builtin", "mst", "--epsilon", "1");
        var noPlaceholders = await CliRunner.RunAsync("attack", "--real", Train, "--holdout", Holdout, "--generator", "true");
        var fewRuns = await CliRunner.RunAsync("attack", "--real", Train, "--holdout", Holdout, "--generator", "cp {train} {out}", "--runs", "3");

        // Assert
        Assert.Equal(2, both.Exit);
        Assert.Contains("exactly one of --generator and --builtin", both.Err, StringComparison.Ordinal);
        Assert.Equal(2, noPlaceholders.Exit);
        Assert.Contains("{train} and {out}", noPlaceholders.Err, StringComparison.Ordinal);
        Assert.Equal(2, fewRuns.Exit);
    }
}
