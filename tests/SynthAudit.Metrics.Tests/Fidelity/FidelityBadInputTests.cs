using SynthAudit.Core.Metrics;
using SynthAudit.Testing;
using static SynthAudit.Metrics.Tests.Fidelity.FidelityTestData;

namespace SynthAudit.Metrics.Tests.Fidelity;

/// <summary>Odd inputs: every metric returns a value or a skip with a reason, never NaN, never an exception.</summary>
public sealed class FidelityBadInputTests
{
    internal static void AssertClean(IReadOnlyList<MetricResult> results)
    {
        Assert.Equal(10, results.Count);
        foreach (var r in results)
        {
            if (r.Status == MetricStatus.Ok)
            {
                Assert.True(double.IsFinite(r.Value!.Value), r.Metric.Id);
                Assert.True(r.Metric.Range.Contains(r.Value.Value), r.Metric.Id + " out of range: " + r.Value);
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(r.Reason));
            }

            if (r.Ci is { } ci)
            {
                Assert.True(double.IsFinite(ci.Low) && double.IsFinite(ci.High), r.Metric.Id);
            }

            Assert.All(r.Breakdown, e => Assert.True(e.Value is null || double.IsFinite(e.Value.Value)));
            Assert.All(r.Figures.SelectMany(f => f.Series).SelectMany(s => s.Y), y => Assert.True(double.IsFinite(y)));
        }
    }

    [Fact]
    public void Compute_ConstantColumns_SkipsUndefinedPartsWithNotes()
    {
        // Arrange
        var levels = Levels("a", "b");
        var real = new TableBuilder().Numeric("k", 5, 5, 5, 5, 5, 5).Numeric("x", 1, 2, 3, 4, 5, 6).Categorical("c", levels, "a", "a", "a", "a", "a", "a").Build();
        var synthetic = new TableBuilder().Numeric("k", 5, 5, 5, 5, 5, 5).Numeric("x", 2, 2, 3, 4, 5, 5).Categorical("c", levels, "a", "a", "a", "a", "a", "b").Build();

        // Act
        var results = RunAll(Input(real, synthetic));

        // Assert
        AssertClean(results);
        var w1 = results.Single(r => r.Metric.Id == MetricIds.Wasserstein);
        Assert.Null(w1.Breakdown.Single(e => e.Key == "k").Value);
        Assert.NotNull(w1.Breakdown.Single(e => e.Key == "k").Note);
        var corr = results.Single(r => r.Metric.Id == MetricIds.CorrelationSimilarity);
        Assert.Equal(MetricStatus.Skipped, corr.Status);
        Tolerance.Equal(1, results.Single(r => r.Metric.Id == MetricIds.KsComplement).Breakdown.Single(e => e.Key == "k").Value!.Value);
    }

    [Fact]
    public void Compute_AllMissingColumn_IsReportedNotFatal()
    {
        // Arrange
        var nan = double.NaN;
        var real = new TableBuilder().Numeric("m", nan, nan, nan, nan).Numeric("x", 1, 2, 3, 4).Categorical("c", Levels("a"), [null, null, null, null]).Build();
        var synthetic = new TableBuilder().Numeric("m", nan, nan, nan, nan).Numeric("x", 1, 2, 3, 5).Categorical("c", Levels("a"), [null, null, null, null]).Build();

        // Act
        var results = RunAll(Input(real, synthetic));

        // Assert
        AssertClean(results);
        var ks = results.Single(r => r.Metric.Id == MetricIds.KsComplement);
        Assert.Equal(MetricStatus.Ok, ks.Status);
        Assert.Null(ks.Breakdown.Single(e => e.Key == "m").Value);
        Tolerance.Equal(1, Breakdown(ks, "m (missing similarity)"));
        Assert.Equal(MetricStatus.Skipped, results.Single(r => r.Metric.Id == MetricIds.TvComplement).Status);
    }

    [Fact]
    public void Compute_TinySyntheticTable_WarnsAndStaysClean()
    {
        // Arrange
        var (train, _, schema) = Adult(300);
        var synthetic = Head(train, 3);

        // Act
        var results = RunAll(new SynthAudit.Core.Metrics.AuditInput(train, synthetic, null, schema));

        // Assert
        AssertClean(results);
        Assert.Contains(results.Single(r => r.Metric.Id == MetricIds.KsComplement).Warnings, w => w.Contains("only 3 rows", StringComparison.Ordinal));
        Assert.Equal(MetricStatus.Skipped, results.Single(r => r.Metric.Id == MetricIds.DetectionAuc).Status);
        Assert.Equal(MetricStatus.Ok, results.Single(r => r.Metric.Id == MetricIds.QualityScore).Status);
        Assert.Contains(results.Single(r => r.Metric.Id == MetricIds.QualityScore).Breakdown, e => e.Key == "detection score" && e.Value is null);
    }

    [Fact]
    public void Compute_CategoryOnOneSide_CountsAgainstShapeAndCoverage()
    {
        // Arrange: "z" exists only in the synthetic table, "c" only in the real one
        var levels = Levels("a", "b", "c", "z");
        var real = new TableBuilder().Categorical("g", levels, "a", "b", "c", "a", "b", "c").Numeric("x", 1, 2, 3, 4, 5, 6).Build();
        var synthetic = new TableBuilder().Categorical("g", levels, "a", "b", "z", "a", "b", "z").Numeric("x", 1, 2, 3, 4, 5, 6).Build();

        // Act
        var results = RunAll(Input(real, synthetic));

        // Assert
        AssertClean(results);
        Tolerance.Equal(2.0 / 3, results.Single(r => r.Metric.Id == MetricIds.TvComplement).Value!.Value);
        var coverage = results.Single(r => r.Metric.Id == MetricIds.Coverage);
        Tolerance.Equal(2.0 / 3, Breakdown(coverage, "g"));
        Tolerance.Equal(2.0 / 3, Breakdown(coverage, "g (category adherence)"));
    }

    [Fact]
    public void Compute_NaNInSyntheticNumbers_TreatedAsMissing()
    {
        // Arrange
        var real = new TableBuilder().Numeric("x", 1, 2, 3, 4).Numeric("y", 2, 4, 6, 8).Build();
        var synthetic = new TableBuilder().Numeric("x", 1, double.NaN, 3, 4).Numeric("y", double.NaN, 4, 6, 8).Build();

        // Act
        var results = RunAll(Input(real, synthetic));

        // Assert
        AssertClean(results);
        var ks = results.Single(r => r.Metric.Id == MetricIds.KsComplement);
        Tolerance.Equal(0.75, Breakdown(ks, "x (missing similarity)"));
        Assert.Equal(MetricStatus.Ok, results.Single(r => r.Metric.Id == MetricIds.CorrelationSimilarity).Status);
    }

    [Fact]
    public void Compute_EmptySyntheticTable_SkipsWithReasons()
    {
        // Arrange
        var real = new TableBuilder().Numeric("x", 1, 2, 3).Categorical("c", Levels("a"), "a", "a", "a").Build();
        var synthetic = new TableBuilder().Numeric("x").Categorical("c", Levels("a")).Build();

        // Act
        var results = RunAll(Input(real, synthetic));

        // Assert
        AssertClean(results);
        Assert.Equal(MetricStatus.Skipped, results.Single(r => r.Metric.Id == MetricIds.KsComplement).Status);
    }

    [Fact]
    public void Compute_ClassifiersWithConstantAndEmptyColumns_StayClean()
    {
        // Arrange: 40 rows per side, a constant column, an all-missing column and a one-sided category
        var levels = Levels("a", "b", "z");
        var nan = double.NaN;
        var x = Enumerable.Range(0, 40).Select(i => (double)(i % 7)).ToArray();
        var real = new TableBuilder().Numeric("k", [.. Enumerable.Repeat(1.0, 40)]).Numeric("m", [.. Enumerable.Repeat(nan, 40)])
            .Numeric("x", x).Categorical("c", levels, [.. Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? "a" : "b")]).Build();
        var synthetic = new TableBuilder().Numeric("k", [.. Enumerable.Repeat(1.0, 40)]).Numeric("m", [.. Enumerable.Repeat(nan, 40)])
            .Numeric("x", [.. x.Reverse()]).Categorical("c", levels, [.. Enumerable.Range(0, 40).Select(i => i % 3 == 0 ? "z" : "a")]).Build();
        var context = Context(10);

        // Act
        var results = RunAll(Input(real, synthetic), context);

        // Assert
        AssertClean(results);
        Assert.Equal(MetricStatus.Ok, results.Single(r => r.Metric.Id == MetricIds.DetectionAuc).Status);
        Assert.Equal(MetricStatus.Ok, results.Single(r => r.Metric.Id == MetricIds.PmseRatio).Status);
        Assert.Contains(results.Single(r => r.Metric.Id == MetricIds.Wasserstein).Warnings, w => w.Contains('k', StringComparison.Ordinal));
    }
}
