using System.Globalization;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The exact-replay finding of the privacy verdict: unique training rows that the synthetic data copies verbatim
/// beyond what fresh rows (the holdout) predict.</summary>
/// <param name="Replayed">Unique train rows (unique in train ∪ holdout) that appear verbatim in the synthetic data.</param>
/// <param name="Expected">The number the holdout's replay rate predicts for train.</param>
/// <param name="Excess">Replayed share of unique train rows minus that of unique holdout rows.</param>
/// <param name="Ci">The Newcombe interval of <paramref name="Excess"/>.</param>
/// <param name="Level">none (the 95 % interval reaches 0), finding (its lower end is above 0: one-sided 2.5 %, half of the
/// privacy verdict's family-wise rate, <see cref="PrivacyTestFamily"/>), or severe (lower end ≥ <see cref="SevereExcess"/>).</param>
public sealed record ReplayAssessment(int Replayed, double Expected, double Excess, ConfidenceInterval Ci, string Level)
{
    /// <summary>The lower end of the excess at or above which replay alone makes the privacy verdict poor (1 % of unique rows).</summary>
    public const double SevereExcess = 0.01;

    /// <summary>Whether the excess is significant (a finding on page 1).</summary>
    public bool IsFinding => Level != "none";

    /// <summary>The replay test read from <c>privacy.exact_match_rate</c>, or null when it did not run (no holdout).</summary>
    public static ReplayAssessment? From(IReadOnlyList<MetricResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var r = results.FirstOrDefault(m => m.Metric.Id == MetricIds.ExactMatchRate && m.Status == MetricStatus.Ok);
        var excess = r?.Breakdown.FirstOrDefault(b => b.Key == ReplayKeys.Excess);
        var replayed = r?.Breakdown.FirstOrDefault(b => b.Key == ReplayKeys.TrainReplayed);
        if (excess is not { Value: { } d, Ci: { } ci } || replayed is not { Value: { } k })
        {
            return null;
        }

        // Replay takes half of the privacy verdict's family-wise false-alarm rate (PrivacyTestFamily): its 95 % interval as is.
        var level = ci.Low >= SevereExcess ? "severe" : ci.Low > 0 ? "finding" : "none";
        return new ReplayAssessment((int)Math.Round(k), replayed.Baseline ?? 0, d, ci, level);
    }

    /// <summary>The page-1 sentence: the count of replayed rows (never a record), the expectation and the excess.</summary>
    public string Sentence() => string.Create(CultureInfo.InvariantCulture,
        $"{Replayed:N0} training rows that are unique in the real data appear verbatim in the synthetic data, where fresh rows predict {Expected:N0} (excess {Excess:0.0000}, 95% CI {Ci.Low:0.0000} to {Ci.High:0.0000} of the unique rows)");
}
