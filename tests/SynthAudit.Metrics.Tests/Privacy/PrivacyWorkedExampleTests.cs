using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Neighbors;
using SynthAudit.Metrics.Privacy;
using SynthAudit.Metrics.Statistics;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Privacy;

/// <summary>The worked examples of docs/metrics.md section 4, asserted exactly (tolerance 1e-9; DOMIAS densities 1e-8).</summary>
public sealed class PrivacyWorkedExampleTests
{
    private static readonly string[] s_letters = ["a", "b", "c", "d", "e"];

    [Fact]
    public void ExactMatch_WorkedExample_Returns075And025AndUniqueShare()
    {
        // Arrange: docs/metrics.md 4.1.
        var train = new TableBuilder().Numeric("x", 1, 2, 3).Categorical("y", s_letters, "a", "b", "c").Build();
        var holdout = new TableBuilder().Numeric("x", 4, 2).Categorical("y", s_letters, "d", "b").Build();
        var synthetic = new TableBuilder().Numeric("x", 1, 2, 5, 1).Categorical("y", s_letters, "a", "b", "e", "a").Build();
        var input = new AuditInput(train, synthetic, holdout, PrivacyTestData.SchemaOf(train));

        // Act
        var result = new ExactMatchRateMetric().Compute(input, PrivacyTestData.Context(), default);

        // Assert: the holdout has 2 rows (below the baseline minimum), so the holdout rate is not used; check the rates directly.
        Tolerance.Equal(0.75, result.Value!.Value);
        Tolerance.Equal(0.6666666666666666, result.Breakdown.Single(b => b.Key == "unique_exact_matches").Value!.Value);
        var big = new AuditInput(train, synthetic, Repeat(holdout, 10), PrivacyTestData.SchemaOf(train));
        var withHoldout = new ExactMatchRateMetric().Compute(big, PrivacyTestData.Context(), default);
        Tolerance.Equal(0.25, withHoldout.Breakdown.Single(b => b.Key == "rate_vs_holdout").Value!.Value);
        Tolerance.Equal(0.25 * 3 / 20, withHoldout.Baseline!.Value);
    }

    [Fact]
    public void DcrShare_WorkedExample_ReturnsHalfAndStrictPointFour()
    {
        // Arrange: docs/metrics.md 4.2; Gower rescaling (range 20 of T ∪ H) keeps every comparison.
        var train = new TableBuilder().Numeric("x", 0, 10).Build();
        var holdout = new TableBuilder().Numeric("x", 5, 20).Build();
        var synthetic = new TableBuilder().Numeric("x", 1, 6, 11, 19, 2.5).Build();
        var encoding = new GowerEncoding(["x"], train, holdout);
        var s = encoding.Encode(synthetic);

        // Act
        var dT = NearestNeighbors.Search(s, encoding.Encode(train), 1).Column(0);
        var dH = NearestNeighbors.Search(s, encoding.Encode(holdout), 1).Column(0);
        var share = DcrShareMetric.Share(dT, dH, out var strict);

        // Assert
        Tolerance.Equal(0.5, share);
        Tolerance.Equal(0.4, strict);
        Tolerance.Equal(1.0 / 20, dT[0]);
        Tolerance.Equal(9.0 / 20, dT[3]);
    }

    [Fact]
    public void Nndr_WorkedExample_ReturnsOneNinthAndZero()
    {
        // Arrange: docs/metrics.md 4.3.
        var train = new TableBuilder().Numeric("x", 0, 10, 12).Build();
        var synthetic = new TableBuilder().Numeric("x", 11, 1, 10).Build();
        var encoding = new GowerEncoding(["x"], train);

        // Act
        var ratios = NndrMetric.Ratios(NearestNeighbors.Search(encoding.Encode(synthetic), encoding.Encode(train), 2));

        // Assert
        Tolerance.Equal(1, ratios[0]);
        Tolerance.Equal(0.1111111111111111, ratios[1]);
        Tolerance.Equal(0, ratios[2]);
        Tolerance.Equal(1, NndrMetric.Ratio(0, 0));
    }

    [Fact]
    public void DistanceMia_WorkedExample_Returns0833()
    {
        // Arrange: docs/metrics.md 4.4a, distance to the synthetic data of members [0,1,2] and non-members [1,3,4].
        double[] members = [-0.0, -1, -2];
        double[] nonMembers = [-1, -3, -4];

        // Act
        var auc = RocAuc.Compute([.. members, .. nonMembers], [true, true, true, false, false, false]);
        var (fpr, tpr) = MembershipRoc.Curve(members, nonMembers);

        // Assert
        Tolerance.Equal(0.8333333333333334, auc);
        Tolerance.Equal(1.0 / 3, MembershipRoc.TprAt(fpr, tpr, 0.1));
        Tolerance.Equal(1, MembershipRoc.TprAt(fpr, tpr, 1));
    }

    [Fact]
    public void Domias_WorkedExample_DensitiesRatiosAndAucOne()
    {
        // Arrange: docs/metrics.md 4.4b, 1-D, fixed bandwidth 1.
        var synthetic = new GaussianKde([[0, 0.1, 0.2, 5]], [1.0]);
        var reference = new GaussianKde([[0, 2, 4, 6]], [1.0]);
        double[][] points = [[0.1, 5, 2, 4]];
        var options = new ParallelOptions();

        // Act
        var logS = synthetic.LogDensity(points, options);
        var logR = reference.LogDensity(points, options);
        var ratio = logS.Zip(logR, (s, r) => Math.Exp(s - r)).ToArray();
        var auc = RocAuc.Compute(logS.Zip(logR, (s, r) => s - r).ToArray(), [true, true, false, false]);

        // Assert
        double[] pS = [0.29821245, 0.09973754, 0.0507472, 0.06064879];
        double[] pR = [0.11569176, 0.1220937, 0.12676451, 0.12676451];
        double[] expected = [2.57764651, 0.81689346, 0.40032653, 0.47843666];
        for (var i = 0; i < 4; i++)
        {
            Tolerance.Equal(pS[i], Math.Exp(logS[i]), 1e-8);
            Tolerance.Equal(pR[i], Math.Exp(logR[i]), 1e-8);
            Tolerance.Equal(expected[i], ratio[i], 1e-7);
        }

        Tolerance.Equal(1, auc);
    }

    [Theory]
    [InlineData(500, 100, 60, 0.09051397080506232, 0.04084298488993522, 0.14018495672018944)]
    [InlineData(100, 30, 30, 0, 0, 0.1806045884074726)]
    [InlineData(200, 0, 0, 0, 0, 0.013452415656846873)]
    public void AttackRisk_WorkedExamples_MatchAnonymeter(int n, int attack, int control, double risk, double low, double high)
    {
        // Arrange: docs/metrics.md 4.5 examples 1-3.
        var main = SuccessRate.Of(attack, n);
        var ctrl = SuccessRate.Of(control, n);

        // Act
        var result = AttackRisk.Compute(main, ctrl, SuccessRate.Of(20, n))!;

        // Assert
        Tolerance.Equal(risk, result.Value);
        Tolerance.Equal(low, result.Ci.Low);
        Tolerance.Equal(high, result.Ci.High);
    }

    [Fact]
    public void SuccessRate_WorkedExample_MatchesWilsonCentreAndError()
    {
        // Arrange / Act: docs/metrics.md 4.5 example 1 and 3.
        var a = SuccessRate.Of(100, 500);
        var c = SuccessRate.Of(60, 500);
        var b = SuccessRate.Of(20, 500);
        var zero = SuccessRate.Of(0, 200);

        // Assert
        Tolerance.Equal(0.20228730213846569, a.Rate);
        Tolerance.Equal(0.035001803166708256, a.Error);
        Tolerance.Equal(0.12289724937538986, c.Rate);
        Tolerance.Equal(0.028522349249020734, c.Error);
        Tolerance.Equal(0.04350719661231403, b.Rate);
        Tolerance.Equal(0.01746639922253677, b.Error);
        Tolerance.Equal(0.009422663188633287, zero.Rate);
        Tolerance.Equal(0.0496709859151271, AttackRisk.Compute(a, c, b)!.Error);
    }

    [Fact]
    public void AttackRisk_ControlAlwaysSucceeds_IsUndefined()
    {
        // Arrange / Act
        var risk = AttackRisk.Compute(SuccessRate.Of(5, 5) with { Rate = 1 }, SuccessRate.Of(5, 5) with { Rate = 1 }, SuccessRate.Of(0, 5));

        // Assert
        Assert.Null(risk);
    }

    [Theory]
    [InlineData(1, 10, 4, 0.4)]
    [InlineData(3, 10, 4, 0.5)]
    [InlineData(2, 5, 5, 0.0)]
    [InlineData(1, 5, 5, 1.0)]
    [InlineData(0, 5, 3, 0.0)]
    [InlineData(9, 10, 4, 0.0)]
    public void SingleMatchProbability_SmallCases_MatchCombinatorics(int matches, int rows, int sample, double expected)
    {
        // Arrange: P(X = 1) for X hypergeometric, e.g. 3 matching of 10, 4 drawn: 3·C(7,3)/C(10,4) = 105/210.
        // Act
        var p = SinglingOutRiskMetric.SingleMatchProbability(matches, rows, sample);

        // Assert
        Tolerance.Equal(expected, p, 1e-12);
    }

    [Fact]
    public void InferenceSuccess_NumericRule_UsesRelativeErrorOfTheTruth()
    {
        // Arrange: |g − t| ≤ 0.05·max(|t|, ε); both missing succeed.
        var guess = new TableBuilder().Numeric("x", -104, -106, 0, double.NaN, 1).Build()["x"];
        var truth = new TableBuilder().Numeric("x", -100, -100, 0, double.NaN, double.NaN).Build()["x"];

        // Act / Assert
        Assert.True(InferenceRiskMetric.Success(guess, 0, truth, 0));
        Assert.False(InferenceRiskMetric.Success(guess, 1, truth, 1));
        Assert.True(InferenceRiskMetric.Success(guess, 2, truth, 2));
        Assert.True(InferenceRiskMetric.Success(guess, 3, truth, 3));
        Assert.False(InferenceRiskMetric.Success(guess, 4, truth, 4));
    }

    private static Core.Data.Table Repeat(Core.Data.Table table, int times)
    {
        var rows = Enumerable.Range(0, times).SelectMany(_ => Enumerable.Range(0, table.RowCount)).ToArray();
        return table.Take(rows);
    }
}
