using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Privacy;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Privacy;

/// <summary>Odd inputs never crash and never produce NaN: they give a value with warnings, or a skip with a reason.</summary>
public sealed class PrivacyBadInputTests
{
    [Fact]
    public void Compute_DuplicatedRowsAndConstantColumn_ReturnsFiniteResultsAndZeroRiskOnTheConstant()
    {
        // Arrange: train of 60 rows that are 3 distinct rows repeated, a constant column everywhere; synthetic = train.
        var train = Build(60, i => i % 3, constant: true);
        var holdout = Build(40, i => (i % 5) + 1, constant: true);
        var input = new AuditInput(train, train, holdout, PrivacyTestData.SchemaOf(train));

        // Act
        var results = Metrics().Select(m => m.Compute(input, PrivacyTestData.Context(), default)).ToList();

        // Assert
        AssertWellFormed(results);
        Assert.Equal(1, results.Single(r => r.Metric.Id == MetricIds.ExactMatchRate).Value);
        var inference = results.Single(r => r.Metric.Id == MetricIds.InferenceRisk);
        Assert.Equal(0, inference.Breakdown.Single(b => b.Key == "k").Value);
    }

    [Fact]
    public void Compute_TinyHoldout_SkipsHoldoutMetricsWithReason()
    {
        // Arrange: 10 holdout rows (< 20).
        var train = Build(200, i => i, constant: false);
        var input = new AuditInput(train, Build(100, i => i * 7, constant: false), Build(10, i => i + 500, constant: false), PrivacyTestData.SchemaOf(train));

        // Act
        var results = Metrics().Select(m => m.Compute(input, PrivacyTestData.Context(), default)).ToList();

        // Assert
        AssertWellFormed(results);
        foreach (var id in new[] { MetricIds.DcrShare, MetricIds.MiaDistanceAuc, MetricIds.SinglingOutRisk, MetricIds.InferenceRisk })
        {
            var r = results.Single(x => x.Metric.Id == id);
            Assert.Equal(MetricStatus.Skipped, r.Status);
            Assert.Contains("at least 20", r.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compute_SmallHoldout_WarnsAboutWideIntervals()
    {
        // Arrange: 50 holdout rows (20 ≤ n < 100).
        var train = Build(300, i => i, constant: false);
        var input = new AuditInput(train, Build(200, i => i * 3, constant: false), Build(50, i => i + 1000, constant: false), PrivacyTestData.SchemaOf(train));

        // Act
        var result = new DcrShareMetric().Compute(input, PrivacyTestData.Context(), default);

        // Assert
        Assert.Equal(MetricStatus.Ok, result.Status);
        Assert.Contains(result.Warnings, w => w.Contains("only 50 rows", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_MoreThanTenThousandSyntheticRows_UsesDocumentedAttackCount()
    {
        // Arrange: 12,000 synthetic rows; 300 train and holdout rows → 300 targets per side, said in the breakdown.
        var train = Build(300, i => i, constant: false);
        var synthetic = Build(12_000, i => i % 997, constant: false);
        var input = new AuditInput(train, synthetic, Build(300, i => i + 40, constant: false), PrivacyTestData.SchemaOf(train));

        // Act
        var result = new LinkabilityRiskMetric().Compute(input, PrivacyTestData.Context(), default);

        // Assert
        Assert.Equal(MetricStatus.Ok, result.Status);
        var targets = result.Breakdown.Single(b => b.Key == "targets");
        Assert.Equal(300, targets.Value);
        Assert.Contains("fewer than the default 2000", targets.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NoUsedColumns_SkipsWithReason()
    {
        // Arrange: the only column is an identifier.
        var table = new Table("t", [new NumericColumn("id", [1, 2, 3], ColumnKind.Identifier)]);
        var schema = new Core.Schema.TableSchema([new Core.Schema.ColumnSchema("id", ColumnKind.Identifier, ColumnRole.Excluded)]);
        var input = new AuditInput(table, table, table, schema);

        // Act
        var results = Metrics().Select(m => m.Compute(input, PrivacyTestData.Context(), default)).ToList();

        // Assert
        Assert.All(results, r => Assert.Equal(MetricStatus.Skipped, r.Status));
    }

    [Fact]
    public void ExactMatch_IdentifierCopied_ReportsCriticalWarning()
    {
        // Arrange: an excluded identifier column whose synthetic values are copied from train.
        var train = Build(50, i => i, constant: false).With(new NumericColumn("id", Enumerable.Range(0, 50).Select(i => (double)i).ToArray(), ColumnKind.Identifier));
        var synthetic = Build(30, i => i * 2, constant: false).With(new NumericColumn("id", Enumerable.Range(0, 30).Select(i => (double)(i + 40)).ToArray(), ColumnKind.Identifier));
        var schema = new Core.Schema.TableSchema([.. PrivacyTestData.SchemaOf(Build(1, i => i, constant: false)).Columns, new Core.Schema.ColumnSchema("id", ColumnKind.Identifier, ColumnRole.Excluded)]);
        var input = new AuditInput(train, synthetic, null, schema);

        // Act
        var result = new ExactMatchRateMetric().Compute(input, PrivacyTestData.Context(), default);

        // Assert: ids 40..49 (10 of 30) occur in train.
        var entry = result.Breakdown.Single(b => b.Key == "identifier:id");
        Tolerance.Equal(10.0 / 30, entry.Value!.Value);
        Assert.Contains(result.Warnings, w => w.StartsWith("critical", StringComparison.Ordinal));
        Assert.Null(result.Baseline);
    }

    private static IMetric[] Metrics() =>
    [
        new ExactMatchRateMetric(), new DcrShareMetric(), new NndrMetric(), new MiaDistanceAucMetric(), new MiaDensityAucMetric(),
        new SinglingOutRiskMetric(200), new LinkabilityRiskMetric(200), new InferenceRiskMetric(200),
    ];

    private static void AssertWellFormed(IEnumerable<MetricResult> results)
    {
        foreach (var r in results)
        {
            if (r.Status == MetricStatus.Skipped)
            {
                Assert.False(string.IsNullOrEmpty(r.Reason));
                continue;
            }

            Assert.True(double.IsFinite(r.Value!.Value), r.Metric.Id);
            Assert.True(r.Metric.Range.Contains(r.Value.Value), r.Metric.Id);
        }
    }

    /// <summary>A table with a numeric column x = f(i), a categorical column c and (optionally) a constant column k.</summary>
    private static Table Build(int n, Func<int, int> f, bool constant)
    {
        string[] levels = ["p", "q", "r", "s", "t"];
        var builder = new TableBuilder().Numeric("x", Enumerable.Range(0, n).Select(i => (double)f(i)).ToArray())
            .Categorical("c", levels, Enumerable.Range(0, n).Select(i => levels[f(i) % 5]).ToArray());
        if (constant)
        {
            builder = builder.Categorical("k", levels, Enumerable.Range(0, n).Select(_ => "p").ToArray());
        }

        return builder.Build();
    }
}
