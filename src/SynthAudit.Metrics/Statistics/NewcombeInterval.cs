using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Statistics;

/// <summary>The Newcombe hybrid score interval for a difference of two independent proportions (Newcombe 1998, method 10).</summary>
/// <remarks>With Wilson intervals <c>[l₁, u₁]</c> for <c>p₁ = k₁/n₁</c> and <c>[l₂, u₂]</c> for <c>p₂ = k₂/n₂</c>, the interval of
/// <c>d = p₁ − p₂</c> is <c>[d − √((p₁ − l₁)² + (u₂ − p₂)²), d + √((u₁ − p₁)² + (p₂ − l₂)²)]</c>. It keeps its coverage when
/// both proportions are near 0, where the Wald interval of a difference fails (Newcombe, Statistics in Medicine 17, 1998).</remarks>
public static class NewcombeInterval
{
    /// <summary>The difference <c>k₁/n₁ − k₂/n₂</c> and its interval at <paramref name="level"/>; null when either n is 0.</summary>
    public static (double Difference, ConfidenceInterval Ci)? Of(double k1, double n1, double k2, double n2, double level = 0.95)
    {
        if (n1 <= 0 || n2 <= 0 || WilsonInterval.Of(k1, n1, level) is not { } w1 || WilsonInterval.Of(k2, n2, level) is not { } w2)
        {
            return null;
        }

        var p1 = k1 / n1;
        var p2 = k2 / n2;
        var d = p1 - p2;
        var low = d - Math.Sqrt(Square(p1 - w1.Low) + Square(w2.High - p2));
        var high = d + Math.Sqrt(Square(w1.High - p1) + Square(p2 - w2.Low));
        return (d, new ConfidenceInterval(Math.Max(-1, low), Math.Min(1, high), level));
    }

    private static double Square(double x) => x * x;
}
