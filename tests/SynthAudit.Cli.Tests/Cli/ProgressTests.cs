using SynthAudit.Cli.Infrastructure;

namespace SynthAudit.Cli.Tests.Cli;

/// <summary>Progress bars appear only for a person at a terminal: never under --quiet, when output is captured or
/// redirected, or in CI (issue 17).</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(false, true, null, true)]
    [InlineData(false, true, "", true)]
    [InlineData(true, true, null, false)]
    [InlineData(false, false, null, false)]
    [InlineData(false, true, "true", false)]
    [InlineData(true, false, "1", false)]
    public void Progress_is_shown_only_at_a_terminal_without_quiet_or_ci(bool quiet, bool terminal, string? ci, bool expected)
    {
        // Act
        var shown = CliConsole.ShouldShowProgress(quiet, terminal, ci);

        // Assert
        Assert.Equal(expected, shown);
    }

    [Fact]
    public void Captured_console_shows_no_progress_and_draws_nothing()
    {
        // Arrange
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error);

        // Act
        console.Step("audit", "fidelity.ks_complement", 1, 10);
        console.Progress("reading");
        console.Step("audit", "done", 10, 10);
        console.EndProgress();

        // Assert
        Assert.False(console.ShowProgress);
        Assert.Empty(output.ToString());
        Assert.Empty(error.ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Audit_with_captured_output_prints_no_progress_with_or_without_quiet(bool quiet)
    {
        // Arrange
        var real = TinyData.Write(_folder, "real.csv", 200, 1);
        var synthetic = TinyData.Write(_folder, "synthetic.csv", 200, 2, shift: 1);
        string[] args = ["audit", "--real", real, "--synthetic", synthetic, "--no-ledger", "--format", "json", "--bootstrap", "5", "--out", _folder.File("out")];

        // Act
        var (exit, output, error) = await CliRunner.RunAsync(quiet ? [.. args, "--quiet"] : args);

        // Assert: only the result line on stdout; stderr holds warnings, never a progress line or a terminal escape
        Assert.Equal(0, exit);
        Assert.Contains("audit.json", output, StringComparison.Ordinal);
        Assert.DoesNotContain("computing", error, StringComparison.Ordinal);
        Assert.DoesNotContain("reading", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", error + output, StringComparison.Ordinal);
        Assert.All(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("synthaudit: warning:", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("audit")]
    [InlineData("compare")]
    [InlineData("attack")]
    [InlineData("generate")]
    public async Task Quiet_is_accepted_by_every_long_running_command(string command)
    {
        // Act
        var (exit, output, _) = await CliRunner.RunAsync(command, "--quiet", "--help");

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains("--quiet", output, StringComparison.Ordinal);
    }
}
