using SynthAudit.Core.Csv;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Running;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests;

/// <summary>The contract every metric of the registry passes (STYLE.md section 7).</summary>
public sealed class MetricContractTests
{
    private static readonly Lazy<AuditInput> s_identical = new(() =>
    {
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var holdout = CsvTableReader.Read(Fixtures.Path("adult", "holdout.csv"));
        var schema = SchemaInference.Infer(real, new SchemaOptions { Target = "income-per-year", Sensitive = ["sex"] }).Schema;
        var aligned = TableAligner.Align(schema, real, real, holdout);
        var rows = new DeterministicRandom(7).SampleWithoutReplacement(aligned.Real.RowCount, 1500);
        var hrows = new DeterministicRandom(8).SampleWithoutReplacement(aligned.Holdout!.RowCount, 800);
        var train = aligned.Real.Take(rows);
        return new AuditInput(train, train, aligned.Holdout.Take(hrows), schema);
    });

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in MetricIds.All)
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void Registry_ListsEveryContractIdOnceInContractOrder()
    {
        // Arrange / Act
        var ids = MetricRegistry.CreateDefault().Select(m => m.Descriptor.Id).ToList();

        // Assert
        Assert.Equal(MetricIds.All, ids);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Compute_IdenticalTables_ValueInRangeDeterministicAndSkipsExplained(string id)
    {
        // Arrange
        var metric = MetricRegistry.CreateDefault().Single(m => m.Descriptor.Id == id);
        var input = s_identical.Value;

        // Act: Compute is called directly, not through AuditRunner.RunOne, which turns a crash into a
        // "failed: ..." skip; here a crash fails the test.
        var first = metric.Compute(input, new MetricContext(new SeedSource(3), bootstrapResamples: 20), CancellationToken.None);
        var second = metric.Compute(input, new MetricContext(new SeedSource(3), bootstrapResamples: 20, maxDegreeOfParallelism: 1), CancellationToken.None);

        // Assert
        Assert.Equal(MetricRequirements.None, metric.Descriptor.Requires & ~input.Available);
        if (first.Status == MetricStatus.Skipped)
        {
            Assert.False(string.IsNullOrWhiteSpace(first.Reason), id + " skipped without a reason");
            Assert.False(first.Reason!.StartsWith("failed", StringComparison.OrdinalIgnoreCase), id + " " + first.Reason);
            Assert.Equal(first.Reason, second.Reason);
            return;
        }

        Assert.NotNull(first.Value);
        Assert.True(metric.Descriptor.Range.Contains(first.Value!.Value), id + " value " + first.Value + " outside its range");
        Assert.Equal(first.Value, second.Value);
        Assert.Equal(first.Ci, second.Ci);
    }
}
