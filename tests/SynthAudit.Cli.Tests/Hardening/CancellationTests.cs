using SynthAudit.Cli.Tests.Audit;

namespace SynthAudit.Cli.Tests.Hardening;

/// <summary>Ctrl-C is exit 3 with one line and no report left behind (documented in the README and docs/contract.md).</summary>
public sealed class CancellationTests : IDisposable
{
    private readonly SmallAdult _adult = new(trainRows: 200, holdoutRows: 50);

    public void Dispose() => _adult.Dispose();

    [Fact]
    public async Task Cancelled_audit_exits_3_with_one_line_and_writes_no_report()
    {
        // Arrange
        var outDir = Path.Combine(_adult.Dir, "out");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var output = new StringWriter();
        var error = new StringWriter();

        // Act
        var exit = await SynthAuditCli.RunAsync(["audit", "--real", _adult.Train, "--synthetic", _adult.Synthetic, "--out", outDir, "--no-ledger"],
            output, error, cts.Token);

        // Assert
        Assert.Equal(3, exit);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("synthaudit: cancelled", lines[^1]);
        Assert.All(lines[..^1], l => Assert.StartsWith("synthaudit: warning: ", l, StringComparison.Ordinal));
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any());
    }
}
