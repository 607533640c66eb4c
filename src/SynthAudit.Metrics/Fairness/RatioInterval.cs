using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Fairness;

/// <summary>The Katz log interval for the ratio of two independent proportions.</summary>
/// <remarks>For p₁ = k₁/n₁ over p₀ = k₀/n₀: ln(p₁/p₀) ± z·√(1/k₁ − 1/n₁ + 1/k₀ − 1/n₀), exponentiated (Katz et al. 1978,
/// "Obtaining confidence intervals for the risk ratio in cohort studies", Biometrics 34). Undefined when a count is zero.</remarks>
internal static class RatioInterval
{
    /// <summary>The interval of (k1/n1)/(k0/n0), or null when k1 or k0 is zero.</summary>
    public static ConfidenceInterval? Katz(int k1, int n1, int k0, int n0, double level)
    {
        if (k1 <= 0 || k0 <= 0 || n1 <= 0 || n0 <= 0)
        {
            return null;
        }

        var ratio = (double)k1 / n1 / ((double)k0 / n0);
        var se = Math.Sqrt(Math.Max(0, 1.0 / k1 - 1.0 / n1 + 1.0 / k0 - 1.0 / n0));
        var z = NormalDistribution.TwoSidedZ(level);
        return new ConfidenceInterval(ratio * Math.Exp(-z * se), ratio * Math.Exp(z * se), level);
    }
}
