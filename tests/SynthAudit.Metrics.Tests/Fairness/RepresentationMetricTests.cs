using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fairness;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fairness;

public sealed class RepresentationMetricTests
{
    [Fact]
    public void Compute_ExactCopy_ReturnsZeroWithoutFlags()
    {
        // Arrange
        var real = FairnessData.Groups("real", [300, 200], [180, 40]);

        // Act
        var result = new RepresentationMetric().Compute(FairnessData.Input(real, real, "y", "g"), FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(0.0, result.Value);
        Assert.True(result.Ci!.Value.Contains(0));
        Assert.Empty(result.Warnings);
        Assert.All(result.Breakdown.Where(e => e.Key.EndsWith("share ratio", StringComparison.Ordinal)), e => Assert.Equal(1.0, e.Value));
    }

    [Fact]
    public void Compute_KnownShares_ReturnsLargestGapAndFlagsUnderRepresentation()
    {
        // Arrange: real shares 0.6/0.4, synthetic 0.8/0.2.
        var real = FairnessData.Groups("real", [600, 400], [0, 0]);
        var synthetic = FairnessData.Groups("synthetic", [800, 200], [0, 0]);

        // Act
        var result = new RepresentationMetric().Compute(FairnessData.Input(real, synthetic, "y", "g"), FairnessData.Context(), CancellationToken.None);

        // Assert
        Tolerance.Equal(0.2, result.Value!.Value);
        Tolerance.Equal(0.2, FairnessData.Entry(result, "g: TVD").Value!.Value);
        var ratio = FairnessData.Entry(result, "g=B: share ratio");
        Tolerance.Equal(0.5, ratio.Value!.Value);
        Assert.StartsWith("under-represented", ratio.Note, StringComparison.Ordinal);
        Assert.StartsWith("over-represented", FairnessData.Entry(result, "g=A: share ratio").Note, StringComparison.Ordinal);
        var synthetic2 = FairnessData.Entry(result, "g=B: synthetic share");
        Tolerance.Equal(0.2, synthetic2.Value!.Value);
        Tolerance.Equal(0.4, synthetic2.Baseline!.Value);
        Assert.True(result.Ci!.Value.Low > 0.15 && result.Ci.Value.High < 0.25);
        var figure = Assert.Single(result.Figures);
        Assert.Equal(["real", "synthetic"], figure.Series.Select(s => s.Name).ToArray());
    }

    [Fact]
    public void Compute_SmallGroups_ArePooledAndListed()
    {
        // Arrange: group C has 12 real rows.
        var real = FairnessData.Groups("real", [100, 100, 12], [0, 0, 0]);

        // Act
        var result = new RepresentationMetric().Compute(FairnessData.Input(real, real, "y", "g"), FairnessData.Context(), CancellationToken.None);

        // Assert
        var pooled = FairnessData.Entry(result, "g: pooled g=C");
        Assert.Contains("12 real rows", pooled.Note, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Contains("pooled into (other)", StringComparison.Ordinal));
        Assert.Contains("(other)", result.Figures[0].Categories);
        Assert.DoesNotContain("g=C", result.Figures[0].Categories);
    }

    [Fact]
    public void Compute_TwoAttributes_AddsTheIntersection()
    {
        // Arrange: sex x race, with synthetic rows that keep the margins but swap the combinations.
        var sex = new List<string?>();
        var race = new List<string?>();
        var syntheticSex = new List<string?>();
        var syntheticRace = new List<string?>();
        for (var i = 0; i < 400; i++)
        {
            sex.Add(i < 200 ? "F" : "M");
            race.Add(i < 200 ? "X" : "Y");
            syntheticSex.Add(i < 200 ? "F" : "M");
            syntheticRace.Add(i % 2 == 0 ? "X" : "Y");
        }

        var real = new TableBuilder("real").Categorical("sex", ["F", "M"], [.. sex]).Categorical("race", ["X", "Y"], [.. race]).Build();
        var synthetic = new TableBuilder("synthetic").Categorical("sex", ["F", "M"], [.. syntheticSex]).Categorical("race", ["X", "Y"], [.. syntheticRace]).Build();

        // Act
        var result = new RepresentationMetric().Compute(FairnessData.Input(real, synthetic, null, "sex", "race"), FairnessData.Context(), CancellationToken.None);

        // Assert: each margin is kept, the intersection is not: (F,X) 0.5 -> 0.25, and the invented combinations
        // (F,Y) and (M,X), absent from the real data, join (other): 0 -> 0.5.
        Tolerance.Equal(0.0, FairnessData.Entry(result, "sex: TVD").Value!.Value);
        Tolerance.Equal(0.0, FairnessData.Entry(result, "race: TVD").Value!.Value);
        Tolerance.Equal(0.5, FairnessData.Entry(result, "sex x race: TVD").Value!.Value);
        Tolerance.Equal(0.5, result.Value!.Value);
        Tolerance.Equal(0.25, FairnessData.Entry(result, "sex=F, race=X: synthetic share").Value!.Value);
        Assert.Equal(3, result.Figures.Length);
    }

    [Fact]
    public void Compute_NoSensitive_IsSkipped()
    {
        // Arrange
        var real = FairnessData.Groups("real", [300, 200], [180, 40]);

        // Act
        var result = new RepresentationMetric().Compute(FairnessData.Input(real, real, "y"), FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(MetricStatus.Skipped, result.Status);
        Assert.Equal("needs --sensitive", result.Reason);
    }

    [Fact]
    public void Compute_PooledGroupWithFewerThanTenRealRows_IsNeverNamed()
    {
        // Arrange: group C has 3 real rows (a rare real value).
        var real = FairnessData.Groups("real", [100, 100, 3], [0, 0, 0]);

        // Act
        var result = new RepresentationMetric().Compute(FairnessData.Input(real, real, "y", "g"), FairnessData.Context(), CancellationToken.None);

        // Assert
        Assert.DoesNotContain(result.Breakdown, e => e.Key.Contains("g=C", StringComparison.Ordinal) || (e.Note ?? string.Empty).Contains("g=C", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Warnings, w => w.Contains("g=C", StringComparison.Ordinal));
        var small = FairnessData.Entry(result, "g: pooled small groups");
        Tolerance.Equal(3.0 / 203, small.Value!.Value);
        Assert.Contains(result.Warnings, w => w.Contains("1 unnamed group(s) with fewer than 10 real rows", StringComparison.Ordinal));
    }
}
