using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity;
using SynthAudit.Testing;
using static SynthAudit.Metrics.Tests.Fidelity.FidelityTestData;

namespace SynthAudit.Metrics.Tests.Fidelity;

/// <summary>The worked examples of docs/metrics.md section 2 (test vectors 3–6, 9, 10, 14, 16), through the metrics themselves.</summary>
public sealed class FidelityWorkedExampleTests
{
    [Fact]
    public void KsComplement_ShiftedIntegers_IsPointSix()
    {
        // Arrange
        var input = Input(new TableBuilder().Numeric("x", 1, 2, 3, 4, 5).Build(), new TableBuilder().Numeric("x", 3, 4, 5, 6, 7).Build());

        // Act
        var result = Run(new KsComplementMetric(), input);

        // Assert
        Tolerance.Equal(0.6, result.Value!.Value);
        Tolerance.Equal(0.6, Breakdown(result, "x"));
    }

    [Fact]
    public void KsComplement_Ties_ComparesAfterAllTiedValues()
    {
        // Arrange
        var input = Input(new TableBuilder().Numeric("x", 1, 1, 2, 2).Build(), new TableBuilder().Numeric("x", 1, 2, 2, 2).Build());

        // Act
        var result = Run(new KsComplementMetric(), input);

        // Assert: D = 0.25
        Tolerance.Equal(0.75, result.Value!.Value);
    }

    [Fact]
    public void TvComplement_Example_IsHalf()
    {
        // Arrange
        var levels = Levels("a", "b", "c", "d");
        var input = Input(new TableBuilder().Categorical("c", levels, "a", "a", "b", "c").Build(),
            new TableBuilder().Categorical("c", levels, "a", "b", "b", "d").Build());

        // Act
        var result = Run(new TvComplementMetric(), input);

        // Assert
        Tolerance.Equal(0.5, result.Value!.Value);
    }

    [Fact]
    public void Wasserstein_ShiftByOne_IsOneAndOneThirdNormalised()
    {
        // Arrange
        var input = Input(new TableBuilder().Numeric("x", 0, 1, 2, 3).Build(), new TableBuilder().Numeric("x", 1, 2, 3, 4).Build());

        // Act
        var result = Run(new WassersteinMetric(), input);

        // Assert
        Tolerance.Equal(1.0 / 3, result.Value!.Value);
        Tolerance.Equal(1, Breakdown(result, "x (W1, data units)"));
    }

    [Fact]
    public void Wasserstein_UnequalSizes_MatchesScipy()
    {
        // Arrange
        var input = Input(new TableBuilder().Numeric("x", 0, 10).Build(), new TableBuilder().Numeric("x", 0, 0, 10).Build());

        // Act
        var result = Run(new WassersteinMetric(), input);

        // Assert
        Tolerance.Equal(1.6666666666666667, Breakdown(result, "x (W1, data units)"));
        Tolerance.Equal(0.16666666666666667, result.Value!.Value);
    }

    [Fact]
    public void CorrelationSimilarity_Example_PearsonAndSpearman()
    {
        // Arrange
        var real = new TableBuilder().Numeric("x", 1, 2, 3, 4, 5).Numeric("y", 2, 4, 5, 4, 5).Build();
        var synthetic = new TableBuilder().Numeric("x", 1, 2, 3, 4, 5).Numeric("y", 5, 4, 3, 2, 1).Build();

        // Act
        var result = Run(new CorrelationSimilarityMetric(), Input(real, synthetic));

        // Assert
        Tolerance.Equal(0.1127016653792583, result.Value!.Value);
        Tolerance.Equal(0.1127016653792583, Breakdown(result, "x|y"));
        Tolerance.Equal(0.13106760631368908, Breakdown(result, "x|y (spearman)"));
        Tolerance.Equal(0.13106760631368908, Breakdown(result, "spearman (mean)"));
    }

    [Fact]
    public void ContingencySimilarity_Example_IsThreeQuarters()
    {
        // Arrange
        var l1 = Levels("a", "b");
        var l2 = Levels("x", "y");
        var real = new TableBuilder().Categorical("c1", l1, "a", "a", "b", "b").Categorical("c2", l2, "x", "y", "x", "x").Build();
        var synthetic = new TableBuilder().Categorical("c1", l1, "a", "b", "b", "b").Categorical("c2", l2, "x", "y", "x", "x").Build();

        // Act
        var result = Run(new ContingencySimilarityMetric(), Input(real, synthetic));

        // Assert
        Tolerance.Equal(0.75, result.Value!.Value);
        var heatmap = Assert.Single(result.Figures);
        Assert.Equal(FigureKind.Heatmap, heatmap.Kind);
        Assert.Equal(["c1", "c2"], heatmap.Categories.ToArray());
    }

    [Fact]
    public void KMarginal_ThreeWayOfExample_IsHalf()
    {
        // Arrange: the 2.9 tables; the single 3-way marginal has TVD 0.5
        var (real, synthetic) = KMarginalTables();

        // Act
        var result = Run(new KMarginalMetric(), Input(real, synthetic));

        // Assert
        Tolerance.Equal(0.5, result.Value!.Value);
        Tolerance.Equal(500, Breakdown(result, "nist_score"));
        Tolerance.Equal(3, Breakdown(result, "k"));
    }

    [Fact]
    public void Coverage_RangeAndCategoryExamples()
    {
        // Arrange: T in [0,10], S in [2,12] -> 0.8; T {a,b,c,d}, S {a,b,e} -> 0.5
        var levels = Levels("a", "b", "c", "d", "e");
        var real = new TableBuilder().Numeric("x", 0, 5, 10, 3).Categorical("c", levels, "a", "b", "c", "d").Build();
        var synthetic = new TableBuilder().Numeric("x", 2, 12, 7, 4).Categorical("c", levels, "a", "b", "e", "e").Build();

        // Act
        var result = Run(new CoverageMetric(), Input(real, synthetic));

        // Assert
        Tolerance.Equal(0.8, Breakdown(result, "x"));
        Tolerance.Equal(0.5, Breakdown(result, "c"));
        Tolerance.Equal(0.65, result.Value!.Value);
        Tolerance.Equal(0.75, Breakdown(result, "x (boundary adherence)"));
        Tolerance.Equal(0.5, Breakdown(result, "c (category adherence)"));
    }

    [Fact]
    public void MissingSimilarity_TwentyVersusThirtyPercent_IsPointNine()
    {
        // Arrange
        var real = new TableBuilder().Numeric("x", 1, 2, 3, 4, 5, 6, 7, 8, double.NaN, double.NaN).Build();
        var synthetic = new TableBuilder().Numeric("x", 1, 2, 3, 4, 5, 6, 7, double.NaN, double.NaN, double.NaN).Build();

        // Act
        var result = Run(new KsComplementMetric(), Input(real, synthetic));

        // Assert
        Tolerance.Equal(0.9, Breakdown(result, "x (missing similarity)"));
    }

    internal static (SynthAudit.Core.Data.Table Real, SynthAudit.Core.Data.Table Synthetic) KMarginalTables()
    {
        var a = Levels("x", "y");
        var b = Levels("p", "q");
        var c = Levels("u", "v");
        var real = new TableBuilder().Categorical("A", a, "x", "x", "y", "y").Categorical("B", b, "p", "p", "q", "q").Categorical("C", c, "u", "v", "u", "v").Build();
        var synthetic = new TableBuilder().Categorical("A", a, "x", "y", "y", "y").Categorical("B", b, "p", "p", "q", "q").Categorical("C", c, "u", "u", "v", "v").Build();
        return (real, synthetic);
    }
}
