using System.Text.Json;
using SynthAudit.Core.Provenance;
using SynthAudit.Testing;

namespace SynthAudit.Cli.Tests.Audit;

/// <summary>The dp.json card is bound to the CSV it was written with: audit and compare report the guarantee only for that
/// exact file, and a malformed or partial card is exit 2 before any work.</summary>
public sealed class DpCardBindingTests
{
    [Fact]
    public async Task Generated_card_records_the_hash_and_rows_of_its_csv_and_audit_keeps_the_seeded_warning()
    {
        // Arrange
        using var data = new SmallAdult(trainRows: 800, holdoutRows: 300);
        var synthetic = await Generate(data);
        var outDir = Path.Combine(data.Dir, "ok");

        // Act
        var (exit, _, stderr) = await Audit(data, synthetic, outDir);

        // Assert
        Assert.True(exit == 0, stderr);
        var card = DpGuaranteeJson.Read(synthetic + ".dp.json");
        Assert.Equal(Core.IO.AtomicFile.Sha256(synthetic), card.DataSha256);
        Assert.Equal(File.ReadAllLines(synthetic).Length - 1, card.Rows);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "audit.json")));
        var root = json.RootElement;
        Assert.Equal(card.DataSha256, root.GetProperty("dpGuarantee").GetProperty("dataSha256").GetString());
        Assert.False(root.TryGetProperty("dpGuaranteeRejected", out _));
        Assert.Contains(root.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("fixed seed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Appended_rows_void_the_guarantee_with_a_loud_warning_in_audit_json_and_on_page_1()
    {
        // Arrange
        using var data = new SmallAdult(trainRows: 800, holdoutRows: 300);
        var synthetic = await Generate(data);
        File.AppendAllLines(synthetic, File.ReadLines(data.Train).Skip(1).Take(100));
        var outDir = Path.Combine(data.Dir, "changed");

        // Act
        var (exit, stdout, stderr) = await Audit(data, synthetic, outDir, "json,md");

        // Assert
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "audit.json")));
        var root = json.RootElement;
        Assert.False(root.TryGetProperty("dpGuarantee", out _));
        Assert.Contains("changed after generation", root.GetProperty("dpGuaranteeRejected").GetString(), StringComparison.Ordinal);
        Assert.Contains(root.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith("DP guarantee NOT applied", StringComparison.Ordinal));
        Assert.DoesNotContain(root.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("fixed seed", StringComparison.Ordinal));
        Assert.Contains("DP guarantee NOT applied", stderr, StringComparison.Ordinal);
        Assert.Contains("DP guarantee: NONE", stdout, StringComparison.Ordinal);
        var markdown = await File.ReadAllTextAsync(Path.Combine(outDir, "audit.md"));
        Assert.Contains("NO differential-privacy guarantee", markdown, StringComparison.Ordinal);
        var page1 = Reports.Building.AuditReportBuilder.Build(Reports.Json.AuditJsonReader.Read(Path.Combine(outDir, "audit.json"))).Sections[0];
        Assert.Contains(page1.Blocks.OfType<Reports.Document.ParagraphBlock>(),
            p => p.Text.StartsWith("NO differential-privacy guarantee", StringComparison.Ordinal) && p.Style == Reports.Document.ParagraphStyle.Warning);
    }

    [Fact]
    public async Task Compare_voids_the_guarantee_of_a_changed_file_only()
    {
        // Arrange
        using var data = new SmallAdult(trainRows: 800, holdoutRows: 300);
        var intact = await Generate(data, "intact.csv");
        var changed = await Generate(data, "changed.csv");
        File.AppendAllLines(changed, File.ReadLines(data.Train).Skip(1).Take(50));
        var outDir = Path.Combine(data.Dir, "cmp");

        // Act
        var (exit, _, stderr) = await CliRunner.RunAsync("compare", "--real", data.Train, "--holdout", data.Holdout,
            "--synthetic", "intact=" + intact, "--synthetic", "changed=" + changed, "--target", "income-per-year",
            "--bootstrap", "10", "--format", "json", "--out", outDir, "--no-ledger");

        // Assert
        Assert.True(exit == 0, stderr);
        var text = await File.ReadAllTextAsync(Path.Combine(outDir, "compare.json"));
        Assert.Contains("dpGuaranteeRejected", text, StringComparison.Ordinal);
        Assert.Contains("changed.csv was changed after generation", text, StringComparison.Ordinal);
        Assert.Contains("\"dpGuarantee\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", "'mechanism' is missing")]
    [InlineData("{\"mechanism\": 5}", "not a valid privacy card")]
    [InlineData("{\"mechanism\": \"mst\", \"epsilon\": \"one\"}", "not a valid privacy card")]
    [InlineData("[]", "not a valid privacy card")]
    [InlineData("null", "the JSON is null")]
    public async Task Malformed_or_partial_card_exits_2_with_one_line_before_any_work(string card, string expected)
    {
        // Arrange
        using var data = new SmallAdult(trainRows: 200, holdoutRows: 100);
        File.WriteAllText(data.Synthetic + ".dp.json", card);
        var outDir = Path.Combine(data.Dir, "bad");

        // Act
        var (exit, _, stderr) = await Audit(data, data.Synthetic, outDir);

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("reading", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task Card_without_data_hash_is_partial_and_exits_2()
    {
        // Arrange
        using var data = new SmallAdult(trainRows: 800, holdoutRows: 300);
        var synthetic = await Generate(data);
        var text = File.ReadAllLines(synthetic + ".dp.json").Where(l => !l.Contains("\"dataSha256\"", StringComparison.Ordinal));
        File.WriteAllLines(synthetic + ".dp.json", text);

        // Act
        var (exit, _, stderr) = await Audit(data, synthetic, Path.Combine(data.Dir, "nohash"));

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("'dataSha256' is missing", stderr, StringComparison.Ordinal);
    }

    private static async Task<string> Generate(SmallAdult data, string name = "dp.csv")
    {
        var output = Path.Combine(data.Dir, name);
        var (exit, _, stderr) = await CliRunner.RunAsync("generate", "--real", data.Train, "--epsilon", "1",
            "--domain", Fixtures.Path("adult", "domain.yml"), "--seed", "1", "--out", output, "--no-ledger");
        Assert.True(exit == 0, stderr);
        return output;
    }

    private static Task<(int Exit, string Out, string Err)> Audit(SmallAdult data, string synthetic, string outDir, string format = "json") =>
        CliRunner.RunAsync("audit", "--real", data.Train, "--synthetic", synthetic, "--holdout", data.Holdout,
            "--target", "income-per-year", "--bootstrap", "10", "--format", format, "--out", outDir, "--no-ledger");
}
