using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Fairness;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fairness;

public sealed class CountSamplerTests
{
    [Theory]
    [InlineData(100, 0.3)]
    [InlineData(50, 0.8)]
    [InlineData(1000, 0.02)]
    public void Binomial_ManyDraws_MatchMeanAndVariance(int n, double p)
    {
        // Arrange
        var random = new DeterministicRandom(9);
        const int Draws = 20000;
        var values = new double[Draws];

        // Act
        for (var i = 0; i < Draws; i++)
        {
            values[i] = CountSampler.Binomial(random, n, p);
        }

        // Assert: within about 5 standard errors.
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (Draws - 1);
        Tolerance.Equal(n * p, mean, 5 * Math.Sqrt(n * p * (1 - p) / Draws));
        Tolerance.Equal(n * p * (1 - p), variance, 0.05 * n * p * (1 - p));
        Assert.All(values, v => Assert.InRange(v, 0, n));
    }

    [Fact]
    public void Multinomial_Draw_KeepsTheTotalAndEmptyKinds()
    {
        // Arrange
        var random = new DeterministicRandom(4);
        int[] counts = [500, 0, 300, 200];
        var result = new int[4];

        // Act
        CountSampler.Multinomial(random, counts, result);

        // Assert
        Assert.Equal(1000, result.Sum());
        Assert.Equal(0, result[1]);
        Assert.InRange(result[0], 400, 600);
    }
}
