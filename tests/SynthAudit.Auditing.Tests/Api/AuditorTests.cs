using System.Text;
using SynthAudit.Auditing.Gating;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Schema;
using SynthAudit.Testing;

namespace SynthAudit.Auditing.Tests.Api;

public sealed class AuditorTests : IDisposable
{
    private readonly AdultSlices _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Run_SameFilesAndSeedAsTheCli_GivesTheCliMetricValues()
    {
        // Arrange
        var cli = await CliAudit.RunAsync(_data.Train, _data.Synthetic, _data.Holdout, _data.File("cli"),
            "--target", "income-per-year", "--sensitive", "sex", "--seed", "5", "--bootstrap", "30");

        // Act
        var library = Auditor.Run(TableSource.FromFile(_data.Train), TableSource.FromFile(_data.Synthetic), new AuditOptions
        {
            Holdout = TableSource.FromFile(_data.Holdout),
            Target = "income-per-year",
            Sensitive = ["sex"],
            Seed = 5,
            BootstrapResamples = 30,
        });

        // Assert
        SameMetrics.Assert(cli, library);
        Assert.Equal(cli.Warnings.ToArray(), library.Warnings.ToArray());
        Assert.Equal(cli.Inputs.ToArray(), library.Inputs.ToArray());
    }

    [Fact]
    public void Run_FromStreamAndFromTable_GiveTheFileMetricValues()
    {
        // Arrange
        var options = new AuditOptions { Seed = 3, BootstrapResamples = 20, Metrics = [MetricIds.KsComplement, MetricIds.TvComplement, MetricIds.ExactMatchRate] };
        var fromFiles = Auditor.Run(TableSource.FromFile(_data.Train), TableSource.FromFile(_data.Synthetic), options);
        var syntheticFile = CsvTableReader.Read(_data.Synthetic);
        var syntheticTable = TableAligner.ToTable(SchemaInference.Infer(syntheticFile).Schema, syntheticFile);

        // Act
        using var stream = new MemoryStream(File.ReadAllBytes(_data.Train));
        var fromMemory = Auditor.Run(TableSource.FromStream(stream, "train.csv"), TableSource.FromTable(syntheticTable), options);

        // Assert
        SameMetrics.Assert(fromFiles, fromMemory);
        Assert.Equal(fromFiles.Inputs[0].Sha256, fromMemory.Inputs[0].Sha256);
    }

    [Fact]
    public void Run_MetricSelection_RunsOnlyTheNamedMetrics()
    {
        // Arrange
        var options = new AuditOptions { Metrics = [MetricIds.KsComplement, MetricIds.ExactMatchRate], BootstrapResamples = 10 };

        // Act
        var result = Auditor.Run(TableSource.FromFile(_data.Train), TableSource.FromFile(_data.Synthetic), options);

        // Assert
        Assert.Equal([MetricIds.KsComplement, MetricIds.ExactMatchRate], result.Metrics.Select(m => m.Metric.Id));
    }

    [Fact]
    public void Run_UnknownMetricId_ThrowsConfigException()
    {
        // Arrange
        var options = new AuditOptions { Metrics = ["fidelity.nope"] };

        // Act
        var ex = Assert.Throws<ConfigException>(() => Auditor.Run(TableSource.FromFile(_data.Train), TableSource.FromFile(_data.Synthetic), options));

        // Assert
        Assert.Contains("fidelity.nope", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteReportsAndGate_WriteEveryFormatAndGiveAVerdict()
    {
        // Arrange
        var result = Auditor.Run(TableSource.FromFile(_data.Train), TableSource.FromFile(_data.Synthetic), new AuditOptions
        {
            Holdout = TableSource.FromFile(_data.Holdout),
            BootstrapResamples = 20,
        });

        // Act
        var files = await Auditor.WriteReportsAsync(result, _data.File("reports"));
        var gate = Auditor.Gate(result, Fixtures.Path("policies", "lenient.yml"));
        using var markdown = new MemoryStream();
        await Auditor.WriteReportAsync(result, "md", markdown);

        // Assert
        Assert.Equal(Auditor.ReportFormats.Count, files.Count);
        Assert.All(files, f => Assert.True(File.Exists(f), f));
        Assert.Equal(result.Metrics.Select(m => m.Value), Auditor.ReadResult(_data.File("reports/audit.json")).Metrics.Select(m => m.Value));
        Assert.NotEmpty(gate.Gates);
        Assert.Equal(gate.Gates.All(g => !g.CountsAsFailure), gate.Passed);
        Assert.All(gate.Gates, g => Assert.True(Enum.IsDefined(g.Outcome)));
        Assert.Contains("fidelity.", Encoding.UTF8.GetString(markdown.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void PublicSurface_IsTheDocumentedEntryPointsOnly()
    {
        // Arrange
        string[] expected =
        [
            nameof(AuditEngine), nameof(AuditOptions), nameof(Auditor), nameof(DpGenerator), nameof(DpGeneratorOptions), nameof(GateBound), nameof(GateOutcome), nameof(GateReport), nameof(GateResult),
            nameof(GateRule), nameof(TableFileFormat), nameof(TableSource),
        ];

        // Act
        var exported = typeof(Auditor).Assembly.GetExportedTypes().Select(t => t.Name).Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(expected.Order(StringComparer.Ordinal), exported);
    }
}
