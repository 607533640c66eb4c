using SynthAudit.Core.Errors;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results.Compliance;

namespace SynthAudit.Auditing.Tests.Api;

// Issue 16: the library takes the same threat model as the command line and records the identifier scan.
public sealed class AuditorThreatModelTests : IDisposable
{
    private readonly AdultSlices _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Run_WithDeclaredThreatModel_RecordsItAndTheIdentifierScan()
    {
        // Act
        var result = Auditor.Run(TableSource.FromFile(_data.Train), TableSource.FromFile(_data.Synthetic), new AuditOptions
        {
            QuasiIdentifiers = ["age", "sex"],
            Secrets = ["income-per-year"],
            ReleaseContext = "contract",
            Metrics = [MetricIds.ExactMatchRate],
            BootstrapResamples = 5,
        });

        // Assert
        var model = Assert.IsType<ThreatModel>(result.ThreatModel);
        Assert.Equal(["age", "sex"], model.QuasiIdentifiers.ToArray());
        Assert.Equal("contract", model.ReleaseContext);
        Assert.Contains(result.IdentifierScan, f => f.Column == "age" && f.Status == IdentifierStatus.Pass);
    }

    [Fact]
    public void Run_WithoutDeclarations_StatesTheAssumptions()
    {
        // Act
        var result = Auditor.Run(TableSource.FromFile(_data.Train), TableSource.FromFile(_data.Synthetic),
            new AuditOptions { Metrics = [MetricIds.ExactMatchRate], BootstrapResamples = 5 });

        // Assert
        var model = Assert.IsType<ThreatModel>(result.ThreatModel);
        Assert.False(model.QuasiIdentifiersDeclared);
        Assert.Equal(3, model.Assumptions.Length);
    }

    [Fact]
    public void Run_WithAnUndeclaredColumn_ThrowsAConfigException()
    {
        // Act
        var ex = Assert.Throws<ConfigException>(() => Auditor.Run(TableSource.FromFile(_data.Train), TableSource.FromFile(_data.Synthetic),
            new AuditOptions { QuasiIdentifiers = ["nosuch"], Metrics = [MetricIds.ExactMatchRate] }));

        // Assert
        Assert.Contains("'nosuch' is not in", ex.Message, StringComparison.Ordinal);
    }
}
