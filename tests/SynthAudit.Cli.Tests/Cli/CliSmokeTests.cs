using System.Diagnostics;

namespace SynthAudit.Cli.Tests.Cli;

public sealed class CliSmokeTests : IDisposable
{
    private static readonly string[] s_contractCommands = ["audit", "compare", "generate", "domain", "gate", "split", "demo", "ledger"];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Help_lists_every_contract_command()
    {
        // Act
        var (exit, output, _) = await CliRunner.RunAsync("--help");

        // Assert
        Assert.Equal(0, exit);
        var commandLines = output.Split('\n').SkipWhile(l => !l.StartsWith("Commands:", StringComparison.Ordinal)).Skip(1)
            .Select(l => l.Trim().Split(' ')[0]).Where(w => w.Length > 0).ToList();
        Assert.All(s_contractCommands, c => Assert.Contains(c, commandLines));
    }

    [Fact]
    public async Task Ledger_help_lists_list_and_verify()
    {
        // Act
        var (exit, output, _) = await CliRunner.RunAsync("ledger", "--help");

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains("list", output, StringComparison.Ordinal);
        Assert.Contains("verify", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ragged_csv_given_to_audit_exits_2_with_its_line_number()
    {
        // Arrange
        var ragged = _folder.Write("ragged.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n");
        var synthetic = _folder.Write("synthetic.csv", "a,b,c\n1,2,3\n");

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("audit", "--real", ragged, "--synthetic", synthetic, "--no-ledger", "--out", _folder.File("out"));

        // Assert
        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(ragged + ":3:", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("audit", "--bogus")]
    [InlineData("gate", "--policy", "p.yml", "a.json", "--no-such-option")]
    [InlineData("no-such-command")]
    public async Task Unknown_option_or_command_exits_2(params string[] args)
    {
        // Act
        var (exit, _, error) = await CliRunner.RunAsync(args);

        // Assert
        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("synthaudit", line, StringComparison.Ordinal);
        Assert.Contains(" --help')", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Built_binary_help_exits_0()
    {
        // Arrange
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { BuiltBinary.Path, "--help" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Act
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        // Assert
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("synthaudit", output, StringComparison.Ordinal);
        Assert.Contains("compare", output, StringComparison.Ordinal);
    }
}
