using SynthAudit.Metrics.Statistics;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Statistics;

public sealed class EmpiricalEpsilonTests
{
    [Fact]
    public void LowerBound_AllGuessesRightPureDp_IsClosedForm()
    {
        // Arrange: δ = 0, r = v = 10 (m = 20): P[Bin(10, q) ≥ 10] = q¹⁰ = 0.05 gives q = 0.05^(1/10) and
        // ε = ln(q/(1 − q)) = 1.051873233231709.
        // Act
        var eps = EmpiricalEpsilon.LowerBound(20, 10, 10, 0);

        // Assert
        Tolerance.Equal(1.051873233231709, eps, 1e-9);
    }

    [Theory]
    [InlineData(10, 10, 10, 1e-3, 1.0149862038846713)]
    [InlineData(100, 40, 36, 1e-5, 1.2976555613637486)]
    [InlineData(100, 40, 36, 0.0, 1.298618348245542)]
    public void LowerBound_WithDelta_MatchesThePapersReferenceCode(int m, int r, int v, double delta, double expected)
    {
        // Arrange: expected values from the appendix code of Steinke, Nasr and Jagielski (2023), p_value_DP_audit with exact
        // binomial sums (Python math.comb) and 200 bisection steps.
        // Act
        var eps = EmpiricalEpsilon.LowerBound(m, r, v, delta);

        // Assert
        Tolerance.Equal(expected, eps, 1e-9);
    }

    [Fact]
    public void LowerBound_ChanceLevelGuessing_IsZero()
    {
        // Arrange: 50 right of 100 guesses is what ε = 0 predicts.
        // Act / Assert
        Tolerance.Equal(0, EmpiricalEpsilon.LowerBound(200, 100, 50, 1e-5), 0);
    }

    [Fact]
    public void PValue_GrowsWithEpsilon()
    {
        // Arrange / Act
        var low = EmpiricalEpsilon.PValue(100, 40, 36, 0.5, 1e-5);
        var high = EmpiricalEpsilon.PValue(100, 40, 36, 2, 1e-5);

        // Assert
        Assert.True(low < high);
    }
}
