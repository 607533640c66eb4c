using SynthAudit.Core.Randomness;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Privacy;

namespace SynthAudit.Generation.Tests;

/// <summary>Empirical privacy audits on neighbouring datasets (docs/dp-generator.md 7.4): the lower bound on ε must never exceed
/// the claimed ε, and the single-measurement audit must have power (the noise is not larger than designed).</summary>
public sealed class PrivacyAuditTests
{
    private const double Alpha = 0.05;

    [Fact]
    public void SingleMeasurement_Neighbours_LowerBoundBelowClaimedEpsilon()
    {
        // Arrange: D has no row in cell (1, 1); D' adds one canary row there. All of ρ(ε=1, δ=1e-9) on one 2-way marginal.
        var budget = new PrivacyBudget(1.0);
        var sigma = Math.Sqrt(1 / (2 * budget.Rho));
        const int runs = 6_000;
        var random = new SeededDpRandom(2024);
        var d0 = Counts(canary: false, runs, sigma, random, budget.Rho);
        var d1 = Counts(canary: true, runs, sigma, random, budget.Rho);

        // Act
        var epsilonLowerBound = LowerBound(d0, d1, budget.Delta, [4, 7, 10, 13]);

        // Assert: docs/dp-generator.md 7.4 expects ≈ 0.21 at n = 10⁴ (a little less at 6·10³) for the best threshold.
        Assert.InRange(epsilonLowerBound, 0.05, budget.Epsilon);
    }

    [Fact]
    public void MstPipeline_Neighbours_LowerBoundBelowClaimedEpsilon()
    {
        // Arrange: whole MST (estimation with few iterations to keep it fast) on a 60-row, 3-column table at ε = 1.
        var budget = new PrivacyBudget(1.0);
        const int runs = 150;
        var random = new SeededDpRandom(77);
        var s0 = new int[runs];
        var s1 = new int[runs];
        for (var r = 0; r < runs; r++)
        {
            s0[r] = SyntheticCanaryCount(canary: false, budget, random);
            s1[r] = SyntheticCanaryCount(canary: true, budget, random);
        }

        // Act
        var epsilonLowerBound = LowerBound(s0, s1, budget.Delta, [1, 2, 4]);

        // Assert
        Assert.True(epsilonLowerBound <= budget.Epsilon, $"empirical epsilon lower bound {epsilonLowerBound} exceeds the claim");
    }

    private static int[] Counts(bool canary, int runs, double sigma, IDpRandom random, double rho)
    {
        var table = Table(canary);
        var accountant = new PrivacyAccountant(runs * rho * (1 + 1e-9));
        var data = new PrivateData(table, accountant, random);
        var result = new int[runs];
        for (var r = 0; r < runs; r++)
        {
            result[r] = (int)data.MeasureGaussian([[0, 1]], sigma, "audit")[0].Values[3];
        }

        return result;
    }

    private static int SyntheticCanaryCount(bool canary, PrivacyBudget budget, IDpRandom random)
    {
        var data = new PrivateData(Table(canary), new PrivacyAccountant(budget.Rho), random);
        var output = MstMechanism.Run(data, 50, CancellationToken.None);
        var rows = (int)Math.Max(1, Math.Round(output.Model.Total));
        var sample = Pgm.SystematicSampler.Sample(output.Model, rows, new DeterministicRandom(random.NextUInt64()));

        // Map compressed codes back to original levels of columns 0 and 1 (a merged level counts as its first member).
        var count = 0;
        for (var r = 0; r < rows; r++)
        {
            var a = output.Groups[0] is { } g0 ? g0[sample[0][r]][0] : sample[0][r];
            var b = output.Groups[1] is { } g1 ? g1[sample[1][r]][0] : sample[1][r];
            count += a == 1 && b == 1 ? 1 : 0;
        }

        return count;
    }

    private static EncodedTable Table(bool canary)
    {
        // 60 rows over 2×2×2 levels with cell (col0 = 1, col1 = 1) empty; the canary fills it.
        var n = canary ? 61 : 60;
        var c0 = new int[n];
        var c1 = new int[n];
        var c2 = new int[n];
        for (var r = 0; r < 60; r++)
        {
            c0[r] = r % 2;
            c1[r] = c0[r] == 1 ? 0 : (r / 2) % 2;
            c2[r] = (r / 3) % 2;
        }

        if (canary)
        {
            c0[60] = 1;
            c1[60] = 1;
            c2[60] = 1;
        }

        return new EncodedTable([c0, c1, c2], [2, 2, 2], n);
    }

    private static double LowerBound(int[] without, int[] with, double delta, int[] thresholds)
    {
        var n = without.Length;
        var level = Alpha / (2 * thresholds.Length);
        var best = 0.0;
        foreach (var t in thresholds)
        {
            var k1 = with.Count(v => v >= t);
            var k0 = without.Count(v => v >= t);

            // Test "statistic ≥ t" in both directions: P[T(M(D')) = 1] ≤ e^ε P[T(M(D)) = 1] + δ and the complement.
            var forward = Math.Log(Math.Max(1e-300, ClopperPearson.Lower(k1, n, level) - delta) / ClopperPearson.Upper(k0, n, level));
            var backward = Math.Log(Math.Max(1e-300, ClopperPearson.Lower(n - k0, n, level) - delta) / ClopperPearson.Upper(n - k1, n, level));
            best = Math.Max(best, Math.Max(forward, backward));
        }

        return best;
    }
}
