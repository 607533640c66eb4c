using System.Text.Json;
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
}
