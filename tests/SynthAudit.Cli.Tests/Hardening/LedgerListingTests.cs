using SynthAudit.Auditing.Ledger;
using SynthAudit.Cli.Tests.Cli;

namespace SynthAudit.Cli.Tests.Hardening;

/// <summary><c>ledger list</c> names a generate record's budget as ε and ρ, not <c>dp=1 dp=0.015</c> (issue 18).</summary>
public sealed class LedgerListingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Generate_record_lists_epsilon_and_rho()
    {
        // Arrange
        var path = _folder.File("ledger.db");
        using (var store = LedgerStore.Open(path, create: true))
        {
            store.Append(new LedgerEntry(new DateTimeOffset(2026, 12, 6, 7, 0, 0, TimeSpan.Zero), "0.1.0", "generate", null,
                [new LedgerFile("real", "train.csv", new string('a', 64))],
                [new LedgerHeadline("dp:epsilon", 1, null, null), new LedgerHeadline("dp:rho", 0.015, null, null)],
                [new LedgerFile("synthetic", "s.csv", new string('b', 64))]));
        }

        // Act
        var (exit, output, _) = await CliRunner.RunAsync("ledger", "list", "--ledger", path);

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains("ε=1 ρ=0.015", output, StringComparison.Ordinal);
        Assert.DoesNotContain("dp=", output, StringComparison.Ordinal);
    }
}
