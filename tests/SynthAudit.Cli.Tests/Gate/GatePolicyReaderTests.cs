using SynthAudit.Auditing.Gating;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Metrics;
using SynthAudit.Testing;

namespace SynthAudit.Cli.Tests.Gate;

public sealed class GatePolicyReaderTests
{
    [Fact]
    public void Parse_ContractExample_ReadsBothGates()
    {
        // Arrange
        const string Text = "gates:\n  - metric: fidelity.quality_score\n    min: 0.80\n  - metric: privacy.mia_distance_auc\n    max: 0.60\n    inconclusive: pass\n";

        // Act
        var policy = GatePolicyReader.Parse(Text, "policy.yml");

        // Assert
        Assert.Equal(2, policy.Gates.Length);
        Assert.Equal(new GateRule("fidelity.quality_score", GateBound.Min, 0.80, null, 2), policy.Gates[0]);
        Assert.Equal(new GateRule("privacy.mia_distance_auc", GateBound.Max, 0.60, false, 4), policy.Gates[1]);
    }

    [Fact]
    public void Parse_MinAndMax_GivesTwoRules()
    {
        // Act
        var policy = GatePolicyReader.Parse("gates:\n  - metric: utility.ratio\n    min: 0.9\n    max: 1.1\n", "p.yml");

        // Assert
        Assert.Equal([GateBound.Min, GateBound.Max], policy.Gates.Select(g => g.Bound));
    }

    [Theory]
    [InlineData("gates:\n  - metric: a.b\n    min: [1\n", "line")]
    [InlineData("gates:\n  - metric: fidelity.quality_score\n    mni: 0.8\n", "line 3: unknown key")]
    [InlineData("gates:\n  - metric: fidelity.quality_score\n", "neither 'min:' nor 'max:'")]
    [InlineData("gates:\n  - metric: fidelity.quality_score\n    min: high\n", "'high' is not a number")]
    [InlineData("gates:\n  - metric: fidelity.quality_score\n    min: 0.8\n    inconclusive: maybe\n", "must be 'fail' or 'pass'")]
    [InlineData("gates: []\n", "no gates")]
    [InlineData("", "empty")]
    [InlineData("rules:\n  - metric: x\n", "unknown key")]
    [InlineData("gates:\n  - min: 0.8\n", "no 'metric:'")]
    [InlineData("gates:\n  - metric: utility.ratio\n    min: 1.2\n    max: 1.0\n", "min >= max")]
    public void Parse_BadPolicy_ThrowsConfigExceptionNamingFileAndProblem(string text, string expected)
    {
        // Act
        var ex = Assert.Throws<ConfigException>(() => GatePolicyReader.Parse(text, "bad.yml"));

        // Assert
        Assert.StartsWith("bad.yml: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Theory]
    [InlineData("strict.yml")]
    [InlineData("lenient.yml")]
    public void Read_ShippedPolicies_NameOnlyContractMetrics(string name)
    {
        // Act
        var policy = GatePolicyReader.Read(Fixtures.Path("policies", name));

        // Assert
        Assert.NotEmpty(policy.Gates);
        Assert.All(policy.Gates, g => Assert.Contains(g.Metric, MetricIds.All));
    }
}
