using SynthAudit.Cli.Tests.Cli;

namespace SynthAudit.Cli.Tests.Hardening;

/// <summary>Parse errors are one line in the user's terms; <c>--bootstrap</c> is bounded (issue 18).</summary>
public sealed class ParseErrorTests
{
    [Theory]
    [InlineData("--bootstrap", "abc", "--bootstrap: 'abc' is not a whole number")]
    [InlineData("--bootstrap", "2000000000", "--bootstrap must be a whole number from 1 to 10,000")]
    [InlineData("--bootstrap", "0", "--bootstrap must be a whole number from 1 to 10,000")]
    [InlineData("--seed", "1.5", "--seed: '1.5' is not a whole number")]
    public async Task Bad_option_value_gives_one_line_naming_the_option_as_typed(string option, string value, string expected)
    {
        // Arrange / Act
        var (exit, _, error) = await CliRunner.RunAsync("audit", "--real", "r.csv", "--synthetic", "s.csv", option, value);

        // Assert
        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("--bootstrap-resamples", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1,5")] // .NET reads a decimal comma as a thousands separator: 15, ten times the budget meant
    public async Task Bad_number_names_the_expected_form_without_a_type_name(string epsilon)
    {
        // Arrange / Act
        var (exit, _, error) = await CliRunner.RunAsync("generate", "--real", "r.csv", "--epsilon", epsilon, "--out", "s.csv");

        // Assert
        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("synthaudit: --epsilon: '" + epsilon + "' is not a number", line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Split_help_does_not_mark_seed_required_and_has_its_own_text()
    {
        // Arrange / Act
        var (exit, output, _) = await CliRunner.RunAsync("split", "--help");

        // Assert
        Assert.Equal(0, exit);
        var seed = Assert.Single(output.Split('\n'), l => l.TrimStart().StartsWith("--seed", StringComparison.Ordinal));
        Assert.DoesNotContain("REQUIRED", seed, StringComparison.Ordinal);
        Assert.Contains("shuffle", seed, StringComparison.Ordinal);
        Assert.DoesNotContain("bootstrap", seed, StringComparison.Ordinal);
    }
}
