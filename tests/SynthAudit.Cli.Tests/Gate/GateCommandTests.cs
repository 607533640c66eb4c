using System.Xml.Linq;
using SynthAudit.Cli.Tests.Cli;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Cli.Tests.Gate;

// One class: the step-summary test sets a process-wide environment variable, so these tests must not run in parallel.
public sealed class GateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<string> AuditAsync() => AuditFiles.WriteAsync(_folder.File("audit.json"), AuditFiles.Audit(
        AuditFiles.Ok(MetricCatalog.QualityScore, 0.87, 0.85, 0.89),
        AuditFiles.Ok(MetricCatalog.MiaDistanceAuc, 0.55, 0.50, 0.60),
        AuditFiles.Ok(MetricCatalog.ExactMatchRate, 0.0)));

    [Fact]
    public async Task All_gates_pass_exit_0_with_one_line_per_gate()
    {
        // Arrange
        var audit = await AuditAsync();
        var policy = _folder.Write("p.yml", "gates:\n  - metric: fidelity.quality_score\n    min: 0.8\n  - metric: privacy.mia_distance_auc\n    max: 0.65\n  - metric: privacy.exact_match_rate\n    max: 0.01\n");

        // Act
        var (exit, output, _) = await CliRunner.RunAsync("gate", "--policy", policy, audit);

        // Assert
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Count(l => l.StartsWith("PASS", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("fidelity.quality_score", StringComparison.Ordinal) && l.Contains("CI [0.85, 0.89]", StringComparison.Ordinal) && l.Contains("min 0.8", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("privacy.exact_match_rate", StringComparison.Ordinal) && l.Contains("no CI", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failed_gate_exits_1_and_junit_has_one_testcase_per_gate()
    {
        // Arrange: quality passes, MIA inconclusive (privacy: counts as failure), exact match fails
        var audit = await AuditAsync();
        var policy = _folder.Write("p.yml", "gates:\n  - metric: fidelity.quality_score\n    min: 0.8\n  - metric: privacy.mia_distance_auc\n    max: 0.58\n  - metric: privacy.exact_match_rate\n    max: 0\n");
        var junit = _folder.File("out/results.xml");

        // Act
        var (exit, output, _) = await CliRunner.RunAsync("gate", "--policy", policy, audit, "--junit", junit);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("INCONCLUSIVE", output, StringComparison.Ordinal);
        Assert.Contains("FAIL ", output, StringComparison.Ordinal);
        var suite = XDocument.Load(junit).Descendants("testsuite").Single();
        Assert.Equal("synthaudit gate", (string?)suite.Attribute("name"));
        Assert.Equal("3", (string?)suite.Attribute("tests"));
        Assert.Equal("2", (string?)suite.Attribute("failures"));
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(3, cases.Count);
        Assert.Empty(cases[0].Elements("failure"));
        Assert.Equal("privacy.mia_distance_auc max 0.58", (string?)cases[1].Attribute("name"));
        Assert.StartsWith("INCONCLUSIVE: ", (string?)cases[1].Element("failure")!.Attribute("message"), StringComparison.Ordinal);
        Assert.Equal("FAIL", (string?)cases[2].Element("failure")!.Attribute("type"));
        Assert.Empty(Directory.GetFiles(_folder.File("out"), "*.tmp"));
    }

    [Fact] // issue 16: the JUnit XML carries each threshold's source, as stdout does
    public async Task Junit_of_a_cited_policy_carries_each_thresholds_source_and_rationale()
    {
        // Arrange
        var audit = await AuditAsync();
        var policy = _folder.Write("cited.yml", "name: cited\ngates:\n  - metric: fidelity.quality_score\n    min: 0.8\n    source: \"Pack A, section 1\"\n"
            + "    rationale: \"Close enough.\"\n  - metric: privacy.exact_match_rate\n    max: 0.01\n    source: \"Pack A, section 2\"\n  - metric: privacy.mia_distance_auc\n    max: 0.65\n");
        var junit = _folder.File("cited.xml");

        // Act
        var (exit, output, _) = await CliRunner.RunAsync("gate", "--policy", policy, audit, "--junit", junit);

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains("source: Pack A, section 1", output, StringComparison.Ordinal);
        var document = XDocument.Load(junit);
        var cases = document.Descendants("testcase").ToList();
        string? Property(XElement testcase, string name) =>
            (string?)testcase.Element("properties")?.Elements("property").SingleOrDefault(p => (string?)p.Attribute("name") == name)?.Attribute("value");
        Assert.Equal("Pack A, section 1", Property(cases[0], "source"));
        Assert.Equal("Close enough.", Property(cases[0], "rationale"));
        Assert.Equal("Pack A, section 2", Property(cases[1], "source"));
        Assert.Null(cases[2].Element("properties"));
        Assert.Contains("source: Pack A, section 1", (string?)cases[0].Element("system-out"), StringComparison.Ordinal);
        Assert.Contains(document.Descendants("testsuite").Single().Element("properties")!.Elements("property"),
            p => (string?)p.Attribute("name") == "policy-name" && (string?)p.Attribute("value") == "cited");
    }

    [Fact]
    public async Task Step_summary_is_appended_when_GITHUB_STEP_SUMMARY_is_set()
    {
        // Arrange
        var audit = await AuditAsync();
        var policy = _folder.Write("p.yml", "gates:\n  - metric: fidelity.quality_score\n    min: 0.8\n");
        var summary = _folder.Write("summary.md", "earlier step\n");
        var before = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
        Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", summary);
        try
        {
            // Act
            var (exit, _, _) = await CliRunner.RunAsync("gate", "--policy", policy, audit);

            // Assert
            Assert.Equal(0, exit);
            var text = File.ReadAllText(summary);
            Assert.StartsWith("earlier step\n### synthaudit gate: passed (1 of 1 gates passed)", text, StringComparison.Ordinal);
            Assert.Contains("| PASS | `fidelity.quality_score` | 0.87 | [0.85, 0.89] | min 0.8 |", text, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_STEP_SUMMARY", before);
        }
    }

    [Theory]
    [InlineData("gates:\n  - metric: fidelity.no_such_metric\n    min: 0.8\n", "unknown metric id 'fidelity.no_such_metric'")]
    [InlineData("gates:\n  - metric: privacy.dcr_share\n    max: 0.6\n", "metric 'privacy.dcr_share' was skipped")]
    [InlineData("gates:\n  - metric: fidelity.quality_score\n    min: \"0.8\n", "not valid YAML")]
    public async Task Bad_policy_exits_2_with_one_line_naming_the_problem(string text, string expected)
    {
        // Arrange
        var audit = await AuditAsync();
        var policy = _folder.Write("bad.yml", text);

        // Act
        var (exit, output, error) = await CliRunner.RunAsync("gate", "--policy", policy, audit);

        // Assert
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(policy, line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Contains("line ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_from_a_newer_schema_version_exits_2()
    {
        // Arrange
        var audit = await AuditAsync();
        AuditFiles.SetSchemaVersion(audit, 99);
        var policy = _folder.Write("p.yml", "gates:\n  - metric: fidelity.quality_score\n    min: 0.8\n");

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("gate", "--policy", policy, audit);

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("schemaVersion 99", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_policy_option_exits_2()
    {
        // Arrange
        var audit = await AuditAsync();

        // Act
        var (exit, _, error) = await CliRunner.RunAsync("gate", audit);

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("--policy", error, StringComparison.Ordinal);
    }
}
