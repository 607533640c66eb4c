using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Statistics;

/// <summary>Percentile bootstrap intervals (docs/metrics.md section 6.1): the α/2 and 1 − α/2 type-7 quantiles of the replicates.</summary>
public static class BootstrapInterval
{
    /// <summary>The percentile interval of <paramref name="replicates"/>; null when more than 5 % of them are NaN or none are left.</summary>
    public static ConfidenceInterval? Percentile(ReadOnlySpan<double> replicates, double level = 0.95)
    {
        var sorted = Quantiles.Sorted(replicates);
        if (sorted.Length == 0 || sorted.Length < 0.95 * replicates.Length)
        {
            return null;
        }

        var alpha = 1 - level;
        return new ConfidenceInterval(Quantiles.OfSorted(sorted, alpha / 2), Quantiles.OfSorted(sorted, 1 - alpha / 2), level);
    }

    /// <summary>A percentile interval widened, if needed, so that it contains the point estimate.</summary>
    /// <remarks>Small-sample distances are biased, so a replicate distribution can sit beside the point estimate; a reported
    /// interval that excludes the value it accompanies would only confuse the reader.</remarks>
    public static ConfidenceInterval? PercentileContaining(ReadOnlySpan<double> replicates, double estimate, double level = 0.95)
    {
        var ci = Percentile(replicates, level);
        return ci is { } c ? new ConfidenceInterval(Math.Min(c.Low, estimate), Math.Max(c.High, estimate), level) : null;
    }
}
