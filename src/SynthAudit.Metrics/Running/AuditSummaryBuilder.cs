using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Metrics.Privacy;

namespace SynthAudit.Metrics.Running;

/// <summary>Builds the summary block: one verdict per family with a plain-language sentence, the GDPR criteria and the membership verdict.</summary>
/// <remarks>Rules (documented in the README): fidelity rests on <c>fidelity.quality_score</c> (good ≥ 0.85, fair ≥ 0.70);
/// utility on <c>utility.ratio</c> (good ≥ 0.95, fair ≥ 0.85); fairness on the interval of <c>fairness.bias_amplification</c>
/// (<see cref="Fairness.FairnessVerdict"/>); privacy on the worst GDPR criterion level, the membership evidence and the exact-replay test (poor when a
/// criterion is high, membership is strong or replay is severe; fair when a criterion is medium, membership is weak or replay
/// is significant).</remarks>
public static class AuditSummaryBuilder
{
    /// <summary>Builds the summary of <paramref name="results"/>.</summary>
    public static AuditSummary Build(IReadOnlyList<MetricResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var gdpr = GdprAssessment.Assess(results);
        var membership = GdprAssessment.Membership(results);
        var families = ImmutableArray.Create(
            Verdict(results, MetricFamily.Fidelity, MetricIds.QualityScore, v => v >= 0.85 ? "good" : v >= 0.70 ? "fair" : "poor",
                v => string.Create(CultureInfo.InvariantCulture, $"The synthetic data reproduces the real distributions with an overall fidelity of {v:0.00} on a 0-1 scale.")),
            Verdict(results, MetricFamily.Utility, MetricIds.UtilityRatio, v => v >= 0.95 ? "good" : v >= 0.85 ? "fair" : "poor",
                v => string.Create(CultureInfo.InvariantCulture, $"A model trained on synthetic data reaches {v:P0} of the score of one trained on real data, on real holdout rows.")),
            Fairness.FairnessVerdict.From(results) ?? Verdict(results, MetricFamily.Fairness, MetricIds.BiasAmplification, _ => "not evaluated", _ => string.Empty),
            PrivacyVerdict(gdpr, membership, ReplayAssessment.From(results)));
        return new AuditSummary(families, gdpr, membership);
    }

    private static FamilyVerdict Verdict(IReadOnlyList<MetricResult> results, MetricFamily family, string id, Func<double, string> level, Func<double, string> sentence)
    {
        var r = results.FirstOrDefault(m => m.Metric.Id == id);
        if (r is null || r.Status != MetricStatus.Ok || r.Value is null)
        {
            return new FamilyVerdict(family, "not evaluated", id, null, null, "Not evaluated: " + (r?.Reason ?? "metric not run") + ".");
        }

        return new FamilyVerdict(family, level(r.Value.Value), id, r.Value, r.Ci, sentence(r.Value.Value));
    }

    private static FamilyVerdict PrivacyVerdict(ImmutableArray<GdprCriterionAssessment> gdpr, string? membership, ReplayAssessment? replay)
    {
        var evaluated = gdpr.Where(g => g.Level != "not evaluated").ToList();
        if (evaluated.Count == 0 && membership is null && replay is null)
        {
            return new FamilyVerdict(MetricFamily.Privacy, "not evaluated", MetricIds.SinglingOutRisk, null, null,
                "Not evaluated: the privacy attacks need --holdout.");
        }

        // Ties of level are broken by the risk itself, so the sentence names the largest risk of the worst level.
        var worst = evaluated.OrderByDescending(g => Rank(g.Level)).ThenByDescending(g => g.Risk ?? 0).FirstOrDefault();
        var strongMembership = membership?.StartsWith("strong", StringComparison.Ordinal) == true;
        var weakMembership = membership?.StartsWith("weak", StringComparison.Ordinal) == true;
        var verdict = worst?.Level == "high" || strongMembership || replay?.Level == "severe" ? "poor"
            : worst?.Level == "medium" || weakMembership || replay?.IsFinding == true ? "fair"
            : "good";
        var parts = new List<string>();
        if (replay is { IsFinding: true })
        {
            parts.Add("Exact replay: " + replay.Sentence() + ".");
        }

        if (worst is not null)
        {
            parts.Add(Criteria(evaluated, worst));
        }

        parts.Add("Membership inference: " + Headline(membership) + ".");
        var sentence = string.Join(" ", parts);
        if (replay is { IsFinding: true } && (worst is null || Rank(worst.Level) <= (replay.Level == "severe" ? 2 : 1)))
        {
            return new FamilyVerdict(MetricFamily.Privacy, verdict, MetricIds.ExactMatchRate, replay.Excess, replay.Ci, sentence);
        }

        return new FamilyVerdict(MetricFamily.Privacy, verdict, worst?.MetricId ?? MetricIds.MiaDistanceAuc, worst?.Risk, worst?.Ci, sentence);
    }

    private static int Rank(string level) => level switch { "high" => 2, "medium" => 1, _ => 0 };

    /// <summary>The GDPR part of the sentence: the worst criterion, or the largest risk when all are low.</summary>
    private static string Criteria(List<GdprCriterionAssessment> evaluated, GdprCriterionAssessment worst)
    {
        var upper = worst.Ci is { } ci ? string.Create(CultureInfo.InvariantCulture, $", 95% CI up to {ci.High:0.000}") : string.Empty;
        var name = worst.Criterion.Replace('_', ' ');
        if (Rank(worst.Level) == 0)
        {
            var largest = evaluated.MaxBy(g => g.Risk ?? 0)!;
            var largestUpper = largest.Ci is { } lci ? string.Create(CultureInfo.InvariantCulture, $", 95% CI up to {lci.High:0.000}") : string.Empty;
            return string.Create(CultureInfo.InvariantCulture,
                $"Every GDPR re-identification criterion is low; the largest risk is {largest.Criterion.Replace('_', ' ')} at {largest.Risk:0.000}{largestUpper}.");
        }

        return string.Create(CultureInfo.InvariantCulture, $"The worst GDPR re-identification criterion is {name} at {worst.Risk:0.000}{upper} ({worst.Level}).");
    }

    /// <summary>The membership finding without its numbers ("no evidence of membership leakage"): the family row stays short;
    /// audit reports print the whole sentence with its numbers once, below the GDPR criteria (<c>Summary.Membership</c>).</summary>
    private static string Headline(string? membership)
    {
        if (membership is null)
        {
            return "not evaluated";
        }

        var cut = membership.IndexOf(" (", StringComparison.Ordinal);
        return (cut > 0 ? membership[..cut] : membership);
    }
}
