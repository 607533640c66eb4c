using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Privacy;

namespace SynthAudit.Generation.Tests;

public sealed class PrivacyTests
{
    [Theory]
    [InlineData(1.0, 1e-9, 0.014973)]
    [InlineData(3.0, 1e-6, 0.185070)]
    [InlineData(10.0, 1e-9, 1.090786)]
    [InlineData(0.1, 1e-9, 0.000177)]
    [InlineData(1.0, 1e-6, 0.024356)]
    [InlineData(10.0, 1e-6, 1.539279)]
    public void Rho_DesignTable_MatchesToSixDecimals(double epsilon, double delta, double expected)
    {
        // Arrange / Act
        var rho = CksConversion.Rho(epsilon, delta);

        // Assert
        Assert.Equal(expected, rho, 1e-6 + (1e-5 * expected));
    }

    [Fact]
    public void Conversion_RoundTrips_AsInTheDesign()
    {
        // Arrange / Act
        var epsilon = CksConversion.Epsilon(0.014973, 1e-9);
        var delta = CksConversion.Delta(0.014973, 1.0);
        var back = CksConversion.Epsilon(CksConversion.Rho(3, 1e-6), 1e-6);

        // Assert
        Assert.Equal(0.999998, epsilon, 1e-5);
        Assert.Equal(9.9993e-10, delta, 1e-13);
        Assert.Equal(3.0, back, 1e-6);
        Assert.True(CksConversion.Rho(2, 1e-9) > CksConversion.Rho(1, 1e-9));
        Assert.True(CksConversion.Rho(1, 1e-6) > CksConversion.Rho(1, 1e-9));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(10.0)]
    [InlineData(37.45)]
    public void DiscreteGaussian_200kDraws_MeanAndVarianceWithin999Band(double sigma)
    {
        // Arrange
        const int n = 200_000;
        var sampler = new DiscreteGaussian(sigma * sigma);
        var random = new SeededDpRandom(42);
        double sum = 0, sumSq = 0;

        // Act
        for (var i = 0; i < n; i++)
        {
            double y = sampler.Sample(random);
            sum += y;
            sumSq += y * y;
        }

        // Assert
        var mean = sum / n;
        var variance = (sumSq - (n * mean * mean)) / (n - 1);
        var exact = DiscreteGaussian.ExactVariance(sampler.SigmaSquared);
        Assert.InRange(mean, -4 * sigma / Math.Sqrt(n), 4 * sigma / Math.Sqrt(n));
        Assert.InRange(variance / exact, 1 - (3.29 * Math.Sqrt(2.0 / (n - 1))), 1 + (3.29 * Math.Sqrt(2.0 / (n - 1))));
        Assert.True(sampler.SigmaSquared >= sigma * sigma);
    }

    [Fact]
    public void ExponentialMechanism_TwoOptions_LogOddsIsHalfEpsilon()
    {
        // Arrange
        var random = new SeededDpRandom(3);
        double[] scores = [0, 1];
        const int n = 200_000;
        var ones = 0;

        // Act
        for (var i = 0; i < n; i++)
        {
            ones += ExponentialMechanism.Select(scores, 2.0, 1.0, random);
        }

        // Assert: P(1)/P(0) = exp(ε·Δ/(2Δ)) = e.
        var logOdds = Math.Log((double)ones / (n - ones));
        Assert.Equal(1.0, logOdds, 0.03);
    }

    [Fact]
    public void Accountant_OverBudget_ThrowsAndLedgerUnchanged()
    {
        // Arrange
        var accountant = new PrivacyAccountant(1.0);
        accountant.Spend(0.6, "a", "gaussian", "x");

        // Act
        var ex = Assert.Throws<PrivacyBudgetExceededException>(() => accountant.Spend(0.5, "b", "gaussian", "x"));

        // Assert
        Assert.Equal("b", ex.Purpose);
        Assert.Single(accountant.Ledger);
        accountant.Spend(0.4, "c", "gaussian", "x");
        Assert.Equal(1.0, accountant.SpentRho, 1e-15);
    }

    [Fact]
    public void PrivateData_PlanOverBudget_RefusedBeforeReadingRows()
    {
        // Arrange
        var table = new EncodedTable([[0, 1, 1], [1, 0, 1]], [2, 2], 3);
        var data = new PrivateData(table, new PrivacyAccountant(0.01), new SeededDpRandom(1));

        // Act / Assert: σ = 1 costs 2/(2·1) = 1 > 0.01.
        Assert.Throws<PrivacyBudgetExceededException>(() => data.MeasureGaussian([[0], [1]], 1.0, "too much"));
        Assert.Throws<PrivacyBudgetExceededException>(() => data.SelectSpanningTree([[0, 1]], [new double[4]], null, 10.0, "too much"));
        Assert.Equal(0, data.Reads);
        Assert.Empty(data.Accountant.Ledger);
    }

    [Fact]
    public void MeasureGaussian_10kRuns_PerCellVarianceMatchesCharge()
    {
        // Arrange: a 4-cell marginal measured with ρ_i = 0.02 → σ² = 1/(2ρ_i) = 25.
        var table = new EncodedTable([[0, 1, 1, 2, 3, 3, 3]], [4], 7);
        var truth = table.Count([0]);
        var random = new SeededDpRandom(9);
        const int runs = 10_000;
        var accountant = new PrivacyAccountant(runs * 0.02 * (1 + 1e-9));
        var data = new PrivateData(table, accountant, random);
        double sumSq = 0;

        // Act
        for (var r = 0; r < runs; r++)
        {
            var m = data.MeasureGaussian([[0]], Math.Sqrt(1 / (2 * 0.02)), "one")[0];
            for (var c = 0; c < 4; c++)
            {
                sumSq += (m.Values[c] - truth[c]) * (m.Values[c] - truth[c]);
            }
        }

        // Assert
        var variance = sumSq / (runs * 4);
        Assert.InRange(variance / 25.0, 1 - (3.29 * Math.Sqrt(2.0 / 40_000)), 1 + (3.29 * Math.Sqrt(2.0 / 40_000)));
        Assert.Equal(runs * 0.02, accountant.SpentRho, 1e-9);
    }

    [Fact]
    public void SeededRandom_SameSeed_SameStream_DifferentSeed_Differs()
    {
        // Arrange
        var a = new SeededDpRandom(5);
        var b = new SeededDpRandom(5);
        var c = new SeededDpRandom(6);

        // Act
        var xa = Enumerable.Range(0, 10).Select(_ => a.NextUInt64()).ToArray();
        var xb = Enumerable.Range(0, 10).Select(_ => b.NextUInt64()).ToArray();
        var xc = Enumerable.Range(0, 10).Select(_ => c.NextUInt64()).ToArray();

        // Assert
        Assert.Equal(xa, xb);
        Assert.NotEqual(xa, xc);
        Assert.False(new OsDpRandom().IsSeeded);
    }
}
