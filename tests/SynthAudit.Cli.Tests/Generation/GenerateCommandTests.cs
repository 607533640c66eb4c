using SynthAudit.Cli;
using SynthAudit.Core.Provenance;
using SynthAudit.Testing;

namespace SynthAudit.Cli.Tests.Generation;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "synthaudit-gen-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _train;

    public GenerateCommandTests()
    {
        Directory.CreateDirectory(_dir);
        _train = Path.Combine(_dir, "train.csv");
        // Age, workclass, education, sex, hours-per-week and income of the first 1,500 Adult rows.
        int[] keep = [0, 1, 3, 9, 12, 14];
        var lines = File.ReadLines(Fixtures.Path("adult", "train.csv")).Take(1501)
            .Select(l => string.Join(',', keep.Select(k => l.Split(',')[k]))).ToArray();
        File.WriteAllLines(_train, lines);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Generate_DraftedDomainSeeded_WritesCsvAndCardDeterministically()
    {
        // Arrange
        var domain = Path.Combine(_dir, "domain.yml");
        var (code0, _, err0) = await Run("domain", "--input", _train, "--out", domain);
        var out1 = Path.Combine(_dir, "a.csv");
        var out2 = Path.Combine(_dir, "b.csv");

        // Act
        var (code1, stdout1, _) = await Run("generate", "--real", _train, "--epsilon", "1", "--domain", domain, "--seed", "7", "--out", out1);
        var (code2, _, _) = await Run("generate", "--real", _train, "--epsilon", "1", "--domain", domain, "--seed", "7", "--out", out2);

        // Assert
        Assert.Equal(0, code0);
        Assert.Contains("NOT private", err0, StringComparison.Ordinal);
        Assert.Contains("NOT private", File.ReadAllText(domain), StringComparison.Ordinal);
        Assert.Equal(0, code1);
        Assert.Equal(0, code2);
        Assert.Contains("generate:", stdout1, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(out1), File.ReadAllBytes(out2));
        Assert.Equal(File.ReadAllBytes(out1 + ".dp.json"), File.ReadAllBytes(out2 + ".dp.json"));
        var card = DpGuaranteeJson.Read(out1 + ".dp.json");
        Assert.Equal("mst", card.Mechanism);
        Assert.Equal(0.014973, card.Rho, 6);
        Assert.Equal(card.Rho, card.Ledger.Sum(e => e.Rho), 12);
        Assert.Equal(7, card.Seed);
        Assert.Equal("public", card.DomainSource);
        Assert.Equal(Core.IO.AtomicFile.Sha256(domain), card.DomainSha256);
        Assert.Equal(6 + 5, card.Measurements.Length);
    }

    [Fact]
    public async Task Generate_NoDomain_LearnsItWithBudgetAndSaysSo()
    {
        // Arrange
        var output = Path.Combine(_dir, "learned.csv");

        // Act
        var (code, _, err) = await Run("generate", "--real", _train, "--epsilon", "2", "--seed", "3", "--out", output);

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("learning the domain", err, StringComparison.Ordinal);
        var card = DpGuaranteeJson.Read(output + ".dp.json");
        Assert.Equal("learned", card.DomainSource);
        Assert.Equal(0.5e-9, card.PartitionSelectionDelta, 1e-20);
        Assert.Contains(card.Ledger, e => e.Purpose.StartsWith("domain:", StringComparison.Ordinal));
        Assert.Equal(card.Rho, card.Ledger.Sum(e => e.Rho), 12);
        Assert.True(File.Exists(output));
    }

    [Fact]
    public async Task Generate_Aim_WritesCardWithRounds()
    {
        // Arrange
        var domain = Path.Combine(_dir, "domain.yml");
        await Run("domain", "--input", _train, "--out", domain);
        var output = Path.Combine(_dir, "aim.csv");

        // Act
        var (code, _, err) = await Run("generate", "--real", _train, "--epsilon", "1", "--method", "aim", "--domain", domain, "--seed", "5", "--rows", "500", "--out", output);

        // Assert
        Assert.True(code == 0, err);
        var card = DpGuaranteeJson.Read(output + ".dp.json");
        Assert.Equal("aim", card.Mechanism);
        Assert.Equal(500, card.Rows);
        Assert.Equal(0.014973, card.Rho, 6);
        Assert.Contains(card.Ledger, e => e.Purpose.StartsWith("AIM round", StringComparison.Ordinal));
        Assert.Equal(501, File.ReadAllLines(output).Length);
    }

    [Theory]
    [InlineData("0", null, "--epsilon")]
    [InlineData("-1", null, "--epsilon")]
    [InlineData("1", "0.5", "--delta")]
    [InlineData("1", "0", "--delta")]
    public async Task Generate_BadBudget_ExitsTwoWithoutOutput(string epsilon, string? delta, string key)
    {
        // Arrange
        var domain = Path.Combine(_dir, "domain.yml");
        await Run("domain", "--input", _train, "--out", domain);
        var output = Path.Combine(_dir, "bad.csv");
        string[] args = ["generate", "--real", _train, "--epsilon", epsilon, "--domain", domain, "--out", output];
        if (delta is not null)
        {
            args = [.. args, "--delta", delta];
        }

        // Act
        var (code, _, err) = await Run(args);

        // Assert
        Assert.Equal(2, code);
        Assert.Contains(key, err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(output + ".dp.json"));
    }

    [Fact]
    public async Task Generate_DomainMismatchOrMissingOrBadYaml_ExitsTwo()
    {
        // Arrange
        var wrongColumn = Path.Combine(_dir, "wrong.yml");
        File.WriteAllText(wrongColumn, "columns:\n  - name: nope\n    kind: categorical\n    categories: [a]\n");
        var wrongKind = Path.Combine(_dir, "kind.yml");
        File.WriteAllText(wrongKind, "columns:\n  - name: workclass\n    kind: numeric\n    lower: 0\n    upper: 1\n    bins: 2\n");
        var broken = Path.Combine(_dir, "broken.yml");
        File.WriteAllText(broken, "columns: [ {name: x\n");
        var output = Path.Combine(_dir, "out.csv");

        // Act
        var r1 = await Run("generate", "--real", _train, "--epsilon", "1", "--domain", wrongColumn, "--out", output);
        var r2 = await Run("generate", "--real", _train, "--epsilon", "1", "--domain", wrongKind, "--out", output);
        var r3 = await Run("generate", "--real", _train, "--epsilon", "1", "--domain", broken, "--out", output);
        var r4 = await Run("generate", "--real", _train, "--epsilon", "1", "--method", "gan", "--out", output);
        var r5 = await Run("generate", "--real", _train, "--epsilon", "1", "--domain", wrongColumn, "--rows", "20000000", "--out", output);

        // Assert
        Assert.Equal(2, r1.Code);
        Assert.Contains("nope", r1.Err, StringComparison.Ordinal);
        Assert.Equal(2, r2.Code);
        Assert.Contains("workclass", r2.Err, StringComparison.Ordinal);
        Assert.Equal(2, r3.Code);
        Assert.Equal(2, r4.Code);
        Assert.Contains("--method", r4.Err, StringComparison.Ordinal);
        Assert.Equal(2, r5.Code);
        Assert.Contains("--rows", r5.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Generate_GermanCredit700RowsWithoutDomain_ExitsTwoWithOneLineAndWritesNothing()
    {
        // Arrange: the 700-row German credit split of issue 12 (it used to exit 0 with month, credit_amount and age all 0).
        var real = Path.Combine(_dir, "german700.csv");
        File.WriteAllLines(real, File.ReadLines(Fixtures.Path("german-credit", "german.csv")).Take(701));
        var output = Path.Combine(_dir, "german-dp.csv");

        // Act
        var (code, _, err) = await Run("generate", "--real", real, "--epsilon", "1", "--out", output);

        // Assert
        Assert.Equal(2, code);
        var error = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => !l.Contains("warning:", StringComparison.Ordinal));
        Assert.Contains("without signal", error, StringComparison.Ordinal);
        Assert.Contains("public --domain", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(output + ".dp.json"));
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        if (args[0] == "generate" && !args.Contains("--ledger"))
        {
            args = [.. args, "--no-ledger"];
        }

        var code = await SynthAuditCli.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
