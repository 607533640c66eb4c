using System.Text.Json;
using SynthAudit.Cli.Tests.Audit;

namespace SynthAudit.Cli.Tests.Compliance;

// Issue 16: compare takes the same threat model and policy pack as audit; each candidate's audit.json carries the cited
// thresholds, and the comparison report opens with the threat model and every threshold per candidate with its source.
public sealed class CompareReviewTests
{
    [Fact]
    public async Task Compare_with_profile_and_declared_quasi_identifiers_cites_every_threshold_per_candidate()
    {
        // Arrange
        using var data = new SmallAdult(300, 150);
        var outDir = Path.Combine(data.Dir, "compare");

        // Act
        var (exit, _, stderr) = await CliRunner.RunAsync("compare", "--real", data.Train, "--holdout", data.Holdout,
            "--synthetic", "copy=" + data.Train, "--synthetic", "other=" + data.Synthetic, "--bootstrap", "20",
            "--profile", "gdpr", "--quasi-identifiers", "age,sex", "--format", "json,md", "--no-ledger", "--out", outDir);

        // Assert
        Assert.True(exit == 0, stderr);
        foreach (var name in new[] { "copy", "other" })
        {
            using var audit = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, name, "audit.json")));
            var review = audit.RootElement.GetProperty("review");
            Assert.Equal("gdpr-wp29", review.GetProperty("policy").GetString());
            var sources = review.GetProperty("thresholds").EnumerateArray().Select(t => t.GetProperty("source").GetString()).ToList();
            Assert.Equal(6, sources.Count);
            Assert.All(sources, s => Assert.False(string.IsNullOrWhiteSpace(s)));
            Assert.Contains(sources, s => s!.StartsWith("Art. 29 WP Opinion 05/2014", StringComparison.Ordinal));
            var threat = audit.RootElement.GetProperty("threatModel");
            Assert.Equal(["age", "sex"], threat.GetProperty("quasiIdentifiers").EnumerateArray().Select(q => q.GetString()));
        }

        var md = File.ReadAllText(Path.Combine(outDir, "compare.md"));
        Assert.Contains("R1. Purpose and threat model (all candidates)", md, StringComparison.Ordinal);
        Assert.Contains("age, sex", md, StringComparison.Ordinal);
        Assert.Contains("R2. Cited thresholds per candidate", md, StringComparison.Ordinal);
        Assert.Contains("Art. 29 WP Opinion 05/2014", md, StringComparison.Ordinal);
        Assert.Contains("EDPB Opinion 28/2024", md, StringComparison.Ordinal);
        Assert.True(md.IndexOf("R2. Cited thresholds", StringComparison.Ordinal) < md.IndexOf("1. Summary", StringComparison.Ordinal));
        Assert.DoesNotContain("compliant", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("anonymous", md, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Compare_with_an_undeclared_quasi_identifier_exits_2_and_writes_nothing()
    {
        // Arrange
        using var data = new SmallAdult(200, 100);
        var outDir = Path.Combine(data.Dir, "compare");

        // Act
        var (exit, _, stderr) = await CliRunner.RunAsync("compare", "--real", data.Train, "--synthetic", "a=" + data.Train,
            "--synthetic", "b=" + data.Synthetic, "--quasi-identifiers", "age,nosuch", "--format", "json", "--no-ledger", "--out", outDir);

        // Assert
        Assert.Equal(2, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--quasi-identifiers", line, StringComparison.Ordinal);
        Assert.Contains("'nosuch' is not in", line, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outDir, "compare.json")));
    }

    [Fact]
    public async Task Compare_without_profile_or_declarations_has_no_reviewer_sections()
    {
        // Arrange
        using var data = new SmallAdult(200, 100);
        var outDir = Path.Combine(data.Dir, "compare");

        // Act
        var (exit, _, stderr) = await CliRunner.RunAsync("compare", "--real", data.Train, "--synthetic", "a=" + data.Train,
            "--synthetic", "b=" + data.Synthetic, "--bootstrap", "20", "--format", "md", "--no-ledger", "--out", outDir);

        // Assert
        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("R2. Cited thresholds", File.ReadAllText(Path.Combine(outDir, "compare.md")), StringComparison.Ordinal);
    }
}
