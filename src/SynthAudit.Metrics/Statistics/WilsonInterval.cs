using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Statistics;

/// <summary>The Wilson score interval for a proportion (Wilson 1927), as docs/metrics.md section 6.2 and Anonymeter use it.</summary>
public static class WilsonInterval
{
    /// <summary>The Wilson centre <c>(k + z²/2)/(n + z²)</c> and half-width <c>z/(n + z²)·√(k(n−k)/n + z²/4)</c>.</summary>
    /// <returns>NaN for both when <paramref name="n"/> is 0.</returns>
    public static (double Centre, double HalfWidth) CentreAndHalfWidth(double k, double n, double level = 0.95)
    {
        if (n <= 0)
        {
            return (double.NaN, double.NaN);
        }

        var z = NormalDistribution.TwoSidedZ(level);
        var z2 = z * z;
        var centre = (k + z2 / 2) / (n + z2);
        var half = z / (n + z2) * Math.Sqrt(k * (n - k) / n + z2 / 4);
        return (centre, half);
    }

    /// <summary>The interval [centre − half, centre + half]; null when <paramref name="n"/> is 0.</summary>
    public static ConfidenceInterval? Of(double k, double n, double level = 0.95)
    {
        var (centre, half) = CentreAndHalfWidth(k, n, level);
        return double.IsNaN(centre) ? null : new ConfidenceInterval(Math.Max(0, centre - half), Math.Min(1, centre + half), level);
    }
}
