using System.Text.Json.Nodes;
using SynthAudit.Auditing.Configuration;
using SynthAudit.Cli.Tests.Audit;
using SynthAudit.Core.Errors;

namespace SynthAudit.Cli.Tests.Compliance;

// Issue 16: the declared threat model (quasi-identifiers, secrets, release context).
public sealed class ThreatModelTests
{
    [Theory]
    [InlineData("--quasi-identifiers", "age,nosuch")]
    [InlineData("--secrets", "nosuch")]
    public async Task Undeclared_column_exits_2_with_one_line_and_writes_nothing(string option, string value)
    {
        // Arrange
        using var data = new SmallAdult(200, 100);
        var outDir = Path.Combine(data.Dir, "report");

        // Act
        var (exit, _, stderr) = await CliRunner.RunAsync("audit", "--real", data.Train, "--synthetic", data.Synthetic,
            "--out", outDir, "--format", "json", "--no-ledger", option, value);

        // Assert
        Assert.Equal(2, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'nosuch' is not in", line, StringComparison.Ordinal);
        Assert.Contains(option, line, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outDir, "audit.json")));
    }

    [Fact]
    public async Task Unknown_release_context_exits_2()
    {
        // Arrange
        using var data = new SmallAdult(200, 100);

        // Act
        var (exit, _, stderr) = await CliRunner.RunAsync("audit", "--real", data.Train, "--synthetic", data.Synthetic,
            "--out", Path.Combine(data.Dir, "r"), "--no-ledger", "--release-context", "everyone");

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("everyone", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declared_threat_model_reaches_audit_json_and_drives_the_attacks()
    {
        // Arrange
        using var data = new SmallAdult(400, 300);
        var outDir = Path.Combine(data.Dir, "report");

        // Act
        var (exit, _, stderr) = await CliRunner.RunAsync("audit", "--real", data.Train, "--synthetic", data.Synthetic, "--holdout", data.Holdout,
            "--out", outDir, "--format", "json", "--no-ledger", "--bootstrap", "5", "--attacks", "100",
            "--quasi-identifiers", "age,sex,race,native-country", "--secrets", "income-per-year", "--release-context", "contract", "--profile", "gdpr");

        // Assert
        Assert.True(exit == 0, stderr);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "audit.json")))!;
        var model = json["threatModel"]!;
        Assert.Equal(["age", "sex", "race", "native-country"], model["quasiIdentifiers"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("income-per-year", (string)model["secrets"]![0]!);
        Assert.Equal("contract", (string)model["releaseContext"]!);
        Assert.True((bool)model["declared"]!["quasiIdentifiers"]!);
        var attacks = (string)json["settings"]!["attacks"]!;
        Assert.Contains("linkability columns A = age, sex, race, native-country", attacks, StringComparison.Ordinal);
        Assert.Contains("inference secrets income-per-year", attacks, StringComparison.Ordinal);
        Assert.Contains("singling-out columns age, sex, race, native-country", attacks, StringComparison.Ordinal);
        var linkA = json["metrics"]!.AsArray().First(m => (string)m!["id"]! == "privacy.linkability_risk")!["breakdown"]!.AsArray()
            .First(b => (string)b!["key"]! == "columns_a")!;
        Assert.Equal(4, (double)linkA["value"]!);
        Assert.NotEmpty(json["identifierScan"]!.AsArray());
        var review = json["review"]!;
        Assert.Equal("gdpr", (string)review["profile"]!);
        Assert.Equal("gdpr-wp29", (string)review["policy"]!);
        Assert.Equal(6, review["thresholds"]!.AsArray().Count);
        Assert.All(review["thresholds"]!.AsArray(), t => Assert.Matches("WP216|EDPB", (string)t!["source"]!));
    }

    [Fact]
    public void Undeclared_threat_model_states_every_default()
    {
        // Act
        var settings = AuditConfigLoader.Merge(null, new AuditOverrides { Sensitive = ["sex"] });

        // Assert
        var model = settings.ThreatModel;
        Assert.False(model.QuasiIdentifiersDeclared);
        Assert.Equal("public", model.ReleaseContext);
        Assert.Equal(3, model.Assumptions.Length);
        Assert.Contains(model.Assumptions, a => a.Contains("the sensitive columns (sex)", StringComparison.Ordinal));
        Assert.True(settings.Attacks.SinglingOutColumns.IsDefaultOrEmpty);
    }

    [Fact]
    public void Config_keys_declare_the_threat_model_and_the_decision()
    {
        // Arrange
        const string text = """
            quasi-identifiers: [age, sex]
            secrets: income
            release-context: internal
            profile: gdpr
            decision:
              reviewer: A. Example
              role: DPO
            """;

        // Act
        var config = AuditConfigLoader.Parse(new StringReader(text), "audit.yml");
        var settings = AuditConfigLoader.Merge(config, null, "audit.yml");

        // Assert
        Assert.Equal(["age", "sex"], settings.ThreatModel.QuasiIdentifiers.ToArray());
        Assert.Equal(["income"], settings.Attacks.InferenceSecrets.ToArray());
        Assert.Equal(["age", "sex"], settings.Attacks.LinkColumnsA.ToArray());
        Assert.Equal("internal", settings.ThreatModel.ReleaseContext);
        Assert.Equal("gdpr", settings.Profile);
        Assert.Equal("A. Example", settings.Decision.Reviewer);
        Assert.Null(settings.Decision.Date);
    }

    [Fact]
    public void A_column_both_quasi_identifier_and_secret_is_a_config_error()
    {
        // Act
        var ex = Assert.Throws<ConfigException>(() => AuditConfigLoader.Merge(null, new AuditOverrides { QuasiIdentifiers = ["age"], Secrets = ["age"] }));

        // Assert
        Assert.Contains("both a quasi-identifier and a secret", ex.Message, StringComparison.Ordinal);
    }
}
