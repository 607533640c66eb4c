using SynthAudit.Auditing.Compliance;
using SynthAudit.Auditing.Gating;
using SynthAudit.Cli.Tests.Cli;
using SynthAudit.Cli.Tests.Gate;
using SynthAudit.Core.Metrics;
using SynthAudit.Testing;

namespace SynthAudit.Cli.Tests.Compliance;

// Issue 16: cited policy packs; every threshold carries its source and rationale, and gate prints the sources.
public sealed class PolicyPackTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("gdpr-wp29.yml")]
    [InlineData("ema-0070.yml")]
    [InlineData("hipaa-expert.yml")]
    [InlineData("internal.yml")]
    public void Every_threshold_of_a_pack_has_a_source_and_a_rationale(string file)
    {
        // Act
        var policy = GatePolicyReader.Read(Fixtures.Path("policies", file));

        // Assert
        Assert.NotNull(policy.Name);
        Assert.NotEmpty(policy.Gates);
        Assert.All(policy.Gates, g =>
        {
            Assert.False(string.IsNullOrWhiteSpace(g.Source), g.Metric + " has no source");
            Assert.False(string.IsNullOrWhiteSpace(g.Rationale), g.Metric + " has no rationale");
            Assert.Contains(g.Metric, MetricIds.All);
        });
    }

    [Fact]
    public void Ema_pack_uses_the_0_09_threshold()
    {
        // Act
        var policy = GatePolicyReader.Read(Fixtures.Path("policies", "ema-0070.yml"));

        // Assert
        Assert.All(policy.Gates, g => Assert.Equal(0.09, g.Threshold));
    }

    [Theory]
    [InlineData("gdpr", "gdpr-wp29.yml")]
    [InlineData("hipaa", "hipaa-expert.yml")]
    [InlineData("internal", "internal.yml")]
    public void Each_profile_embeds_its_pack_byte_for_byte(string profile, string file)
    {
        // Act
        var embedded = PolicyPacks.Embedded(PolicyPacks.FileOf(profile));

        // Assert
        Assert.Equal(File.ReadAllText(Fixtures.Path("policies", file)), embedded);
    }

    [Fact]
    public async Task Gate_with_the_gdpr_pack_prints_the_source_of_every_threshold()
    {
        // Arrange
        var audit = await AuditFiles.WriteAsync(_folder.File("audit.json"), AuditFiles.Audit(
            AuditFiles.Ok(MetricCatalog.SinglingOutRisk, 0.01, 0.0, 0.03),
            AuditFiles.Ok(MetricCatalog.LinkabilityRisk, 0.0, 0.0, 0.02),
            AuditFiles.Ok(MetricCatalog.InferenceRisk, 0.05, 0.02, 0.08),
            AuditFiles.Ok(MetricCatalog.MiaDistanceAuc, 0.51, 0.49, 0.53),
            AuditFiles.Ok(MetricCatalog.MiaDensityAuc, 0.52, 0.50, 0.54),
            AuditFiles.Ok(MetricCatalog.ExactMatchRate, 0.0, 0.0, 0.004)));
        var policy = GatePolicyReader.Read(Fixtures.Path("policies", "gdpr-wp29.yml"));

        // Act
        var (exit, output, _) = await CliRunner.RunAsync("gate", "--policy", Fixtures.Path("policies", "gdpr-wp29.yml"), audit);

        // Assert
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("policy gdpr-wp29: ", lines[0], StringComparison.Ordinal);
        foreach (var gate in policy.Gates)
        {
            var at = Array.FindIndex(lines, l => l.Contains(gate.Metric, StringComparison.Ordinal) && l.StartsWith("PASS", StringComparison.Ordinal));
            Assert.True(at >= 0, gate.Metric);
            Assert.Equal("source: " + gate.Source, lines[at + 1].Trim());
        }
    }
}
