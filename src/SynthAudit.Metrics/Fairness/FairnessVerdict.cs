using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;

namespace SynthAudit.Metrics.Fairness;

/// <summary>The fairness family's summary verdict and sentence, from the interval of <c>fairness.bias_amplification</c>.</summary>
/// <remarks>Rules (README, "Summary verdicts"): with an interval [l, h] of the headline amplification, <b>poor</b> when the
/// interval lies wholly beyond ±0.05 (a change larger than 0.05 is established), <b>good</b> when it lies wholly within ±0.10
/// and is not poor, <b>fair</b> otherwise (a small but significant change, or an interval too wide to tell). Without an
/// interval the point estimate is used with the same thresholds (good ≤ 0.05, fair ≤ 0.10). The sentence names the grouping,
/// says "reverses" when the synthetic data turns the real disparity around beyond noise (never "narrows"), and says whether
/// the interval excludes 0. The headline's interval is the same one its grouping's breakdown row shows.</remarks>
public static class FairnessVerdict
{
    /// <summary>The amplification a verdict of good tolerates at the far end of the interval.</summary>
    public const double GoodBound = 0.10;

    /// <summary>The amplification beyond which a whole interval makes the verdict poor.</summary>
    public const double PoorBound = 0.05;

    /// <summary>The verdict of the fairness family, or null when <c>fairness.bias_amplification</c> was not evaluated.</summary>
    public static FamilyVerdict? From(IReadOnlyList<MetricResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var r = results.FirstOrDefault(m => m.Metric.Id == MetricIds.BiasAmplification);
        if (r is null || r.Status != MetricStatus.Ok || r.Value is not { } v)
        {
            return null;
        }

        var headline = r.Breakdown.FirstOrDefault(e => e.Key.StartsWith("headline:", StringComparison.Ordinal));
        var grouping = headline?.Note is { } note && note.Contains(';', StringComparison.Ordinal) ? note[..note.IndexOf(';', StringComparison.Ordinal)] : null;
        var flippedEntry = grouping is null ? null : r.Breakdown.FirstOrDefault(e => e.Key == grouping + ": disparity direction flipped");
        var reversed = headline!.Note!.Contains("; reverses", StringComparison.Ordinal) && flippedEntry?.Value == 1;
        return new FamilyVerdict(MetricFamily.Fairness, Level(v, r.Ci), MetricIds.BiasAmplification, v, r.Ci,
            Sentence(v, r.Ci, grouping, reversed ? flippedEntry!.Note : null));
    }

    /// <summary>The level from the interval (or the point estimate when there is none).</summary>
    public static string Level(double value, ConfidenceInterval? ci)
    {
        if (ci is not { } c || double.IsNaN(c.Low) || double.IsNaN(c.High))
        {
            return Math.Abs(value) <= PoorBound ? "good" : Math.Abs(value) <= GoodBound ? "fair" : "poor";
        }

        if (c.Low > PoorBound || c.High < -PoorBound)
        {
            return "poor";
        }

        return c.Low >= -GoodBound && c.High <= GoodBound ? "good" : "fair";
    }

    private static string Sentence(double v, ConfidenceInterval? ci, string? grouping, string? flipNote)
    {
        var where = grouping is null ? "between protected groups" : "by " + grouping;
        var significance = ci is { } c
            ? string.Create(CultureInfo.InvariantCulture, $"; 95% CI [{c.Low:+0.000;-0.000;0.000}, {c.High:+0.000;-0.000;0.000}], {(c.Low > 0 || c.High < 0 ? "significant" : "not significant")}")
            : string.Empty;
        var amount = string.Create(CultureInfo.InvariantCulture, $"amplification {v:+0.000;-0.000;0.000}{significance}");
        if (flipNote is not null)
        {
            // flipNote reads "flipped: real A > B, synthetic A < B".
            var detail = flipNote.StartsWith("flipped: ", StringComparison.Ordinal) ? " (" + flipNote["flipped: ".Length..] + ")" : string.Empty;
            return "The synthetic data reverses the real disparity " + where + detail + " (" + amount + ").";
        }

        var direction = v > 0 ? "widens" : v < 0 ? "narrows" : "keeps";
        return "The synthetic data " + direction + " the real disparity " + where + " (" + amount + ").";
    }
}
