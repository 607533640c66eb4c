using System.Text.Json;
using SynthAudit.Auditing;
using SynthAudit.Auditing.Attacking;
using SynthAudit.Auditing.Pipeline;
using SynthAudit.Cli;
using SynthAudit.Cli.Tests.Audit;

namespace SynthAudit.Cli.Tests.Attack;

/// <summary><c>audit --generator</c>: the shadow attack joins the privacy family (issue 15 section 2), on a small Adult extract.</summary>
public sealed class AuditShadowAttackTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "synthaudit-audit-shadow-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _train;
    private readonly string _holdout;

    public AuditShadowAttackTests()
    {
        Directory.CreateDirectory(_dir);
        _train = Path.Combine(_dir, "train.csv");
        _holdout = Path.Combine(_dir, "holdout.csv");
        AdultExtract.Write(_train, "train.csv", 301);
        AdultExtract.Write(_holdout, "holdout.csv", 301);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Audit_WithGenerator_AddsShadowMetricsAndStatesTprInTheMembershipSentence()
    {
        // Arrange: the synthetic file is a copy of train, and so is the attacked generator.
        var outDir = Path.Combine(_dir, "report");

        // Act
        var (code, _, stderr) = await CliRunner.RunAsync("audit", "--real", _train, "--synthetic", _train, "--holdout", _holdout, "--bootstrap", "20",
            "--generator", "cp {train} {out}", "--attack-targets", "4", "--attack-runs", "8", "--shadow-rows", "60",
            "--format", "json", "--no-ledger", "--out", outDir);

        // Assert
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "audit.json")));
        var ids = json.RootElement.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Contains("privacy.mia_shadow_auc", ids);
        Assert.Contains("privacy.mia_shadow_tpr_at_1pct_fpr", ids);
        var membership = json.RootElement.GetProperty("summary").GetProperty("membership").GetString();
        Assert.Contains("at 1% FPR", membership, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "attack.json")));
    }

    [Fact]
    public async Task Audit_WithoutGenerator_SaysTheStrongestAttackWasNotRun()
    {
        // Arrange
        var outDir = Path.Combine(_dir, "plain");

        // Act
        var (code, _, stderr) = await CliRunner.RunAsync("audit", "--real", _train, "--synthetic", _train, "--holdout", _holdout, "--bootstrap", "20",
            "--format", "json", "--no-ledger", "--out", outDir);

        // Assert
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "audit.json")));
        var membership = json.RootElement.GetProperty("summary").GetProperty("membership").GetString();
        Assert.Contains("strongest attack class) was not run", membership, StringComparison.Ordinal);
        Assert.Contains("worst TPR at 1% FPR", membership, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outDir, "attack.json")));
    }

    [Fact]
    public async Task Audit_WithGenerator_WritesAuditAndAttackAsOneSetAndRetiresStaleFormats()
    {
        // Arrange: an earlier run left Markdown reports of both documents.
        var outDir = Path.Combine(_dir, "again");
        Directory.CreateDirectory(outDir);
        await File.WriteAllTextAsync(Path.Combine(outDir, "audit.md"), "old audit");
        await File.WriteAllTextAsync(Path.Combine(outDir, "attack.md"), "old attack");

        // Act
        var (code, _, stderr) = await CliRunner.RunAsync("audit", "--real", _train, "--synthetic", _train, "--holdout", _holdout, "--bootstrap", "20",
            "--generator", "cp {train} {out}", "--attack-targets", "4", "--attack-runs", "8", "--shadow-rows", "60",
            "--format", "json", "--no-ledger", "--out", outDir);

        // Assert
        Assert.True(code == 0, stderr);
        Assert.Equal(["attack.json", "audit.json"], Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact] // issue 13: one atomic report writer for audit and attack documents
    public async Task WriteAsync_AttackFileCannotBeWritten_LeavesThePreviousAuditUntouched()
    {
        // Arrange: a real audit and attack result; the attack.json target is blocked after the up-front checks.
        var first = Path.Combine(_dir, "first");
        var (code, _, stderr) = await CliRunner.RunAsync("audit", "--real", _train, "--synthetic", _train, "--holdout", _holdout, "--bootstrap", "20",
            "--format", "json", "--no-ledger", "--out", first);
        Assert.True(code == 0, stderr);
        var audit = Auditor.ReadResult(Path.Combine(first, "audit.json"));
        var attack = AttackRun.Run(new AttackRequest
        {
            RealPath = _train,
            HoldoutPath = _holdout,
            GeneratorCommand = "cp {train} {out}",
            Targets = 4,
            Runs = 8,
            ShadowRows = 60,
        }, first, SilentRunLog.Instance, CancellationToken.None);
        var outDir = Path.Combine(_dir, "blocked");
        Directory.CreateDirectory(Path.Combine(outDir, "attack.json"));
        await File.WriteAllTextAsync(Path.Combine(outDir, "attack.json", "keep.txt"), "x");
        await File.WriteAllTextAsync(Path.Combine(outDir, "audit.json"), "previous audit");

        // Act
        var error = await Record.ExceptionAsync(() => AuditRun.WriteAsync(audit, attack, outDir, ["json", "md"], CancellationToken.None));

        // Assert: nothing of the new set is left, the previous audit.json is back, no staging folder remains.
        Assert.IsAssignableFrom<IOException>(error);
        Assert.Equal("previous audit", await File.ReadAllTextAsync(Path.Combine(outDir, "audit.json")));
        Assert.False(File.Exists(Path.Combine(outDir, "audit.md")));
        Assert.False(File.Exists(Path.Combine(outDir, "attack.md")));
        Assert.Equal(["attack.json", "audit.json"], Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
