namespace SynthAudit.Cli.Tests.Audit;

public sealed class GenerateLedgerTests
{
    [Fact]
    public async Task Generate_appends_a_verifiable_ledger_record_with_the_output_hashes()
    {
        // Arrange
        using var data = new SmallAdult(800, 100);
        var ledger = Path.Combine(data.Dir, "ledger.db");
        var output = Path.Combine(data.Dir, "synthetic.csv");

        // Act
        var generate = await CliRunner.RunAsync("generate", "--real", data.Train, "--epsilon", "1", "--seed", "4",
            "--domain", Testing.Fixtures.Path("adult", "domain.yml"), "--out", output, "--ledger", ledger);
        var list = await CliRunner.RunAsync("ledger", "list", "--ledger", ledger);
        var verify = await CliRunner.RunAsync("ledger", "verify", "--ledger", ledger);

        // Assert
        Assert.True(generate.Exit == 0, generate.Err);
        Assert.True(File.Exists(output + ".dp.json"));
        Assert.Equal(0, list.Exit);
        Assert.Contains("generate", list.Out, StringComparison.Ordinal);
        Assert.Equal(0, verify.Exit);
    }
}
