using System.Diagnostics;
using SynthAudit.Cli.Tests.Cli;

namespace SynthAudit.Cli.Tests.Hardening;

/// <summary>Every output location that cannot be written fails before any work: exit 2, one line naming the option, no new
/// file anywhere (issue 18, "Exit codes and files").</summary>
public sealed class OutputLocationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string[]> UnderAFile => new()
    {
        { "--out", ["audit", "--real", "{real}", "--synthetic", "{synthetic}", "--no-ledger", "--out", "{bad}"] },
        { "--out", ["compare", "--real", "{real}", "--synthetic", "a={synthetic}", "--synthetic", "b={synthetic}", "--no-ledger", "--out", "{bad}"] },
        { "--out", ["generate", "--real", "{real}", "--epsilon", "1", "--seed", "1", "--no-ledger", "--out", "{bad}/synthetic.csv"] },
        { "--out-dir", ["split", "--input", "{real}", "--train-fraction", "0.5", "--out-dir", "{bad}"] },
        { "--junit", ["gate", "--policy", "{policy}", "{audit}", "--junit", "{bad}/results.xml"] },
        { "--out", ["demo", "--out", "{bad}"] },
        { "--out", ["domain", "--input", "{real}", "--out", "{bad}/domain.yml"] },
        { "--out", ["attack", "--real", "{real}", "--holdout", "{synthetic}", "--builtin", "mst", "--epsilon", "1", "--out", "{bad}"] },
    };

    [Theory]
    [MemberData(nameof(UnderAFile))]
    public async Task Output_under_a_regular_file_exits_2_at_once_and_writes_nothing(string option, string[] template)
    {
        // Arrange: a regular file where a folder is needed binds root too, unlike permission bits.
        var args = Arguments(template, Path.Combine(_folder.Write("plain.txt", "x"), "sub"));
        var before = Listing();
        var watch = Stopwatch.StartNew();

        // Act
        var (exit, output, error) = await CliRunner.RunAsync(args);

        // Assert
        Assert.Equal(2, exit);
        var line = Assert.Single(Lines(error));
        Assert.StartsWith("synthaudit: '" + option + "': ", line, StringComparison.Ordinal);
        Assert.Contains("which is a file", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        Assert.Equal(before, Listing());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "the check runs before any work");
    }

    [Theory]
    [InlineData("audit")]
    [InlineData("compare")]
    [InlineData("split")]
    [InlineData("demo")]
    [InlineData("attack")]
    public async Task Output_folder_that_is_an_existing_file_exits_2(string command)
    {
        // Arrange
        var file = _folder.Write("report", "not a folder");
        var template = UnderAFile.Select(row => (string[])row[1]).First(t => t[0] == command);
        var args = Arguments(template, file);
        var before = Listing();

        // Act
        var (exit, _, error) = await CliRunner.RunAsync(args);

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("is an existing file; give a folder", Assert.Single(Lines(error)), StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(file));
        Assert.Equal(before, Listing());
    }

    [Fact]
    public async Task Generate_out_that_is_a_folder_exits_2_saying_so()
    {
        // Arrange
        var real = TinyData.Write(_folder, "real.csv", 50, 1);
        var folder = Directory.CreateDirectory(_folder.File("out")).FullName;

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("generate", "--real", real, "--epsilon", "1", "--no-ledger", "--out", folder);

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("is a folder; give a file name", Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_junit_that_is_a_folder_exits_2_before_reading_the_policy()
    {
        // Arrange
        var folder = Directory.CreateDirectory(_folder.File("junit")).FullName;

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("gate", "--policy", _folder.File("missing.yml"), _folder.File("missing.json"), "--junit", folder);

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("'--junit'", Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    private string[] Arguments(string[] template, string bad)
    {
        var real = File.Exists(_folder.File("real.csv")) ? _folder.File("real.csv") : TinyData.Write(_folder, "real.csv", 60, 1);
        var synthetic = File.Exists(_folder.File("synthetic.csv")) ? _folder.File("synthetic.csv") : TinyData.Write(_folder, "synthetic.csv", 60, 2);
        var policy = _folder.Write("policy.yml", "gates:\n  - metric: fidelity.quality_score\n    min: 0.5\n");
        return [.. template.Select(t => t
            .Replace("{real}", real, StringComparison.Ordinal)
            .Replace("{synthetic}", synthetic, StringComparison.Ordinal)
            .Replace("{policy}", policy, StringComparison.Ordinal)
            .Replace("{audit}", _folder.File("audit.json"), StringComparison.Ordinal)
            .Replace("{bad}", bad, StringComparison.Ordinal))];
    }

    private string Listing() => string.Join("\n", Directory.EnumerateFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
