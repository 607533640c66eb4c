using SynthAudit.Core.Errors;
using SynthAudit.Core.Metrics;
using SynthAudit.Testing;

namespace SynthAudit.Auditing.Tests.Api;

/// <summary>The library's compare and generate entry points and its threat-model options (issue 13).</summary>
public sealed class CompareAndGenerateTests : IDisposable
{
    private static readonly string[] s_metrics = [MetricIds.KsComplement, MetricIds.TvComplement, MetricIds.ExactMatchRate, MetricIds.InferenceRisk];
    private readonly AdultSlices _data = new(trainRows: 1200, holdoutRows: 500, syntheticRows: 800);

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Compare_EachCandidate_GetsTheAuditOfItsOwnFile()
    {
        // Arrange
        var options = new AuditOptions { Holdout = TableSource.FromFile(_data.Holdout), Seed = 4, BootstrapResamples = 20, Metrics = s_metrics };
        var single = Auditor.Run(TableSource.FromFile(_data.Train), TableSource.FromFile(_data.Synthetic), options);

        // Act
        var comparison = Auditor.Compare(TableSource.FromFile(_data.Train),
            [new("mst", TableSource.FromFile(_data.Synthetic)), new("fresh", TableSource.FromFile(_data.Holdout))], options);

        // Assert
        Assert.Equal(["mst", "fresh"], comparison.Generators.Select(g => g.Name));
        SameMetrics.Assert(single, comparison.Generators[0].Audit);
        Assert.NotEmpty(comparison.Leaderboard);
    }

    [Fact]
    public async Task WriteComparisonReports_WritesCompareJsonAndEachAudit()
    {
        // Arrange
        var options = new AuditOptions { Seed = 1, BootstrapResamples = 20, Metrics = [MetricIds.KsComplement] };
        var comparison = Auditor.Compare(TableSource.FromFile(_data.Train),
            [new("a", TableSource.FromFile(_data.Synthetic)), new("b", TableSource.FromFile(_data.Holdout))], options);

        // Act
        var files = await Auditor.WriteComparisonReportsAsync(comparison, _data.File("cmp"), ["json", "md"]);

        // Assert
        Assert.Contains(files, f => f.EndsWith("compare.json", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("compare.md", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_data.File("cmp"), "a", "audit.json")));
    }

    [Fact]
    public void Compare_OneCandidateOrRepeatedName_IsAConfigError()
    {
        // Arrange
        var real = TableSource.FromFile(_data.Train);
        var synthetic = TableSource.FromFile(_data.Synthetic);

        // Act / Assert
        Assert.Throws<ConfigException>(() => Auditor.Compare(real, [new("only", synthetic)]));
        Assert.Throws<ConfigException>(() => Auditor.Compare(real, [new("x", synthetic), new("X", synthetic)]));
        Assert.Throws<ConfigException>(() => Auditor.Compare(real, [new("a/b", synthetic), new("c", synthetic)]));
    }

    [Fact]
    public void Run_DeclaredThreatModel_IsInTheResultAndDrivesInference()
    {
        // Arrange
        var options = new AuditOptions
        {
            Holdout = TableSource.FromFile(_data.Holdout),
            Seed = 2,
            BootstrapResamples = 20,
            Metrics = [MetricIds.InferenceRisk],
            QuasiIdentifiers = ["age", "sex", "race"],
            Secrets = ["income-per-year"],
        };

        // Act
        var result = Auditor.Run(TableSource.FromFile(_data.Train), TableSource.FromFile(_data.Synthetic), options);

        // Assert
        Assert.Equal(["age", "sex", "race"], result.ThreatModel!.QuasiIdentifiers.ToArray());
        Assert.Equal(["income-per-year"], result.ThreatModel.Secrets.ToArray());
        var inference = result.Metrics.Single(m => m.Metric.Id == MetricIds.InferenceRisk);
        Assert.Contains("income-per-year", string.Join(" ", inference.Breakdown.Select(b => b.Key + " " + b.Note)), StringComparison.Ordinal);
        Assert.DoesNotContain(inference.Breakdown, b => b.Key.Contains("workclass", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_UndeclaredQuasiIdentifier_IsAConfigErrorBeforeAnyMetric()
    {
        // Arrange
        var options = new AuditOptions { QuasiIdentifiers = ["zip"] };

        // Act
        var error = Assert.Throws<ConfigException>(() => Auditor.Run(TableSource.FromFile(_data.Train), TableSource.FromFile(_data.Synthetic), options));

        // Assert
        Assert.Contains("zip", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WritesTheTableAndACardThatTheAuditAccepts()
    {
        // Arrange
        var output = _data.File("dp.csv");

        // Act
        var guarantee = await DpGenerator.GenerateAsync(_data.Train, output,
            new DpGeneratorOptions { Epsilon = 1, DomainPath = Fixtures.Path("adult", "domain.yml"), Seed = 7, Rows = 600 });
        var audit = Auditor.Run(TableSource.FromFile(_data.Train), TableSource.FromFile(output),
            new AuditOptions { Metrics = [MetricIds.KsComplement], BootstrapResamples = 20 });

        // Assert
        Assert.Equal(1.0, guarantee.Epsilon, 12);
        Assert.True(File.Exists(output + ".dp.json"));
        Assert.Equal(600, File.ReadLines(output).Count() - 1);
        Assert.NotNull(audit.DpGuarantee);
        Assert.Null(audit.DpGuaranteeRejected);
    }
}
