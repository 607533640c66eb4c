using System.Collections.Immutable;
using SynthAudit.Cli.Tests.Cli;
using SynthAudit.Cli.Tests.Gate;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Cli.Tests.Hardening;

/// <summary>An audit run with fewer than 50 bootstrap resamples has intervals that gate does not trust: every gate on a
/// bootstrap interval is INCONCLUSIVE, whatever the (degenerate) interval says (issue 18).</summary>
public sealed class BootstrapGateTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("1", 1)]
    [InlineData("49", 1)]
    [InlineData("50", 0)]
    public async Task Gate_reads_bootstrapResamples_and_treats_too_few_as_inconclusive(string resamples, int expectedExit)
    {
        // Arrange: a zero-width interval far above the bound would pass at once.
        var metric = AuditFiles.Ok(MetricCatalog.QualityScore, 0.9, 0.9, 0.9) with { CiMethod = "bootstrap-percentile (1)" };
        var privacy = AuditFiles.Ok(MetricCatalog.ExactMatchRate, 0.01, 0.0, 0.02) with { CiMethod = "wilson" };
        var audit = AuditFiles.Audit(metric, privacy) with { Settings = [new("bootstrapResamples", resamples)] };
        var auditPath = await AuditFiles.WriteAsync(_folder.File("audit.json"), audit);
        var policy = _folder.Write("policy.yml",
            "gates:\n  - metric: fidelity.quality_score\n    min: 0.5\n    inconclusive: fail\n  - metric: privacy.exact_match_rate\n    max: 0.5\n");

        // Act
        var (exit, output, _) = await CliRunner.RunAsync("gate", "--policy", policy, auditPath);

        // Assert
        Assert.Equal(expectedExit, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (expectedExit == 1)
        {
            Assert.Contains(lines, l => l.Contains("INCONCLUSIVE", StringComparison.Ordinal) && l.Contains("bootstrap resample", StringComparison.Ordinal));
        }

        // The Wilson interval of the privacy metric does not depend on the bootstrap and still decides its gate.
        Assert.Contains(lines, l => l.Contains("privacy.exact_match_rate", StringComparison.Ordinal) && l.Contains("PASS", StringComparison.Ordinal));
    }
}
