using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Statistics;
using SynthAudit.Metrics.Utility;

namespace SynthAudit.Metrics.Fairness;

/// <summary><c>fairness.bias_amplification</c>: how much the synthetic data widens (positive) or narrows (negative) each real disparity.</summary>
/// <remarks>docs/metrics.md 5.4: for a disparity statistic Δ, amplification = Δ_S − Δ_T (difference in differences) and the ratio
/// Δ_S/Δ_T (undefined when Δ_T = 0). Headline: the label-level amplification of the demographic-parity difference, for the
/// grouping with the largest absolute change; it equals the value of <c>fairness.parity_gap</c> by definition and shares its
/// stratified bootstrap CI (significant only when the CI excludes 0). Breakdown per grouping: label DPD amplification and
/// ratio, the direction check (a flipped disparity is a failure even when |Δ| shrinks), and, when the utility models exist,
/// the model-level amplifications (TSTR vs TRTR on the holdout) of the prediction DPD, the equalized-odds difference and the
/// AUC gap.</remarks>
public sealed class BiasAmplificationMetric : IMetric
{
    private readonly FairnessOptions _options;

    /// <summary>Creates the metric.</summary>
    public BiasAmplificationMetric(FairnessOptions? options = null)
    {
        _options = options ?? FairnessOptions.Default;
    }

    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.BiasAmplification;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (input.Sensitive.IsEmpty || input.Target is null)
        {
            return Compute(input, null, context, ct);
        }

        var predictions = UtilityModelCache.GetBinaryPredictions(input, context, ct);
        var reason = predictions is null ? EqualizedOddsGapMetric.UnavailableReason(input, context, ct) : null;
        return Compute(input, predictions, reason, context, ct);
    }

    /// <summary>Computes the metric, with model-level amplification when <paramref name="predictions"/> is given.</summary>
    public MetricResult Compute(AuditInput input, HoldoutPredictions? predictions, MetricContext context, CancellationToken ct) =>
        Compute(input, predictions, null, context, ct);

    private MetricResult Compute(AuditInput input, HoldoutPredictions? predictions, string? modelsReason, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var labels = FairnessInputs.Labels(input, context, _options, ct, out var reason);
        if (labels is null)
        {
            return MetricResult.Skipped(Descriptor, reason);
        }

        var level = context.ConfidenceLevel;
        var breakdown = new List<BreakdownEntry> { FairnessInputs.PositiveClassEntry(labels.Target) };
        var warnings = new List<string>();
        foreach (var parity in labels.Groupings)
        {
            AddLabelLevel(breakdown, warnings, parity, level);
        }

        if (predictions is null)
        {
            breakdown.Add(new BreakdownEntry("model-level amplification", null, Note: modelsReason ?? EqualizedOddsGapMetric.NeedsModelsReason));
        }
        else
        {
            var models = ModelDisparity.For(input, predictions, context, _options, ct);
            foreach (var odds in models.Groupings)
            {
                AddModelLevel(breakdown, warnings, odds, level);
            }
        }

        if (labels.Headline < 0)
        {
            return MetricResult.Skipped(Descriptor, FairnessInputs.TooFewGroupsReason(_options), breakdown);
        }

        var headline = labels.Groupings[labels.Headline];
        var ci = BootstrapInterval.Percentile(labels.HeadlineReplicates, level);
        breakdown.Insert(0, new BreakdownEntry("headline: label DPD amplification", headline.Change, ci, Baseline: 0,
            Note: headline.Grouping.Name + "; " + Verdict(headline.Change, ci, headline.ReversedSignificantly)));
        return MetricResult.Ok(Descriptor, headline.Change, ci, baseline: 0, breakdown: breakdown) with
        {
            CiMethod = FairnessText.Bootstrap(context.BootstrapResamples, "stratified by group"),
            // The headline reads labels only (every row); the model-level rows read the utility models, fitted on a sample
            // of large tables.
            Sampling = predictions?.TrainingSampling ?? [],
            Warnings = [.. warnings],
        };
    }

    private static void AddLabelLevel(List<BreakdownEntry> breakdown, List<string> warnings, GroupingParity parity, double level)
    {
        var name = parity.Grouping.Name;
        if (!parity.IsDefined)
        {
            breakdown.Add(new BreakdownEntry(name + ": label DPD amplification", null, Note: "fewer than two groups with enough rows in both datasets"));
            return;
        }

        var ci = BootstrapInterval.Percentile(parity.ChangeReplicates(), level);
        breakdown.Add(new BreakdownEntry(name + ": label DPD amplification", parity.Change, ci, Baseline: 0,
            Note: "real " + FairnessText.Number(parity.RealDpd) + ", synthetic " + FairnessText.Number(parity.SyntheticDpd) + "; " + Verdict(parity.Change, ci, parity.ReversedSignificantly)));
        breakdown.Add(Ratio(name + ": label DPD ratio", parity.SyntheticDpd, parity.RealDpd));
        var high = parity.Grouping.Labels[parity.RealMaxGroup];
        var low = parity.Grouping.Labels[parity.RealMinGroup];
        breakdown.Add(new BreakdownEntry(name + ": disparity direction flipped", parity.Flipped ? 1 : 0,
            Note: parity.Flipped
                ? "flipped: real " + high + " > " + low + ", synthetic " + high + " < " + low
                : "kept: real " + high + " >= " + low + " and not reversed in the synthetic data"));
        if (parity.Flipped)
        {
            warnings.Add(name + ": the synthetic data reverses the real disparity between " + high + " and " + low);
        }

        if (ci is { } c && c.Low > 0)
        {
            warnings.Add(name + ": the synthetic data significantly widens the real demographic-parity difference (+"
                + FairnessText.Number(parity.Change) + ")");
        }
    }

    private static void AddModelLevel(List<BreakdownEntry> breakdown, List<string> warnings, GroupingOdds odds, double level)
    {
        var name = odds.Grouping.Name;
        if (!odds.IsDefined)
        {
            breakdown.Add(new BreakdownEntry(name + ": EOD amplification", null, Note: "fewer than two groups with enough holdout rows, positives and negatives"));
            return;
        }

        var selectionCi = BootstrapInterval.Percentile(GroupingOdds.Difference(odds.TstrSelectionReplicates, odds.TrtrSelectionReplicates), level);
        var selection = odds.TstrSelectionDpd - odds.TrtrSelectionDpd;
        breakdown.Add(new BreakdownEntry(name + ": prediction DPD amplification", selection, selectionCi, Baseline: 0,
            Note: "TRTR " + FairnessText.Number(odds.TrtrSelectionDpd) + ", TSTR " + FairnessText.Number(odds.TstrSelectionDpd) + "; " + Verdict(selection, selectionCi)));
        var eodCi = BootstrapInterval.Percentile(GroupingOdds.Difference(odds.TstrEodReplicates, odds.TrtrEodReplicates), level);
        breakdown.Add(new BreakdownEntry(name + ": EOD amplification", odds.Change, eodCi, Baseline: 0,
            Note: "TRTR " + FairnessText.Number(odds.TrtrOdds.EqualizedOdds) + ", TSTR " + FairnessText.Number(odds.TstrOdds.EqualizedOdds) + "; " + Verdict(odds.Change, eodCi)));
        breakdown.Add(Ratio(name + ": EOD ratio", odds.TstrOdds.EqualizedOdds, odds.TrtrOdds.EqualizedOdds));
        var trtrAuc = odds.AucGap(tstr: false);
        var tstrAuc = odds.AucGap(tstr: true);
        breakdown.Add(new BreakdownEntry(name + ": AUC gap amplification", tstrAuc - trtrAuc, Baseline: 0,
            Note: "TRTR " + FairnessText.Number(trtrAuc) + ", TSTR " + FairnessText.Number(tstrAuc) + "; no CI"));
        if (eodCi is { } c && c.Low > 0)
        {
            warnings.Add(name + ": the model trained on synthetic data has a significantly larger equalized-odds difference (+"
                + FairnessText.Number(odds.Change) + ")");
        }
    }

    private static BreakdownEntry Ratio(string key, double synthetic, double real) =>
        real > 0
            ? new BreakdownEntry(key, synthetic / real, Baseline: 1)
            : new BreakdownEntry(key, null, Note: "undefined: the real disparity is 0");

    private static string Verdict(double change, ConfidenceInterval? ci, bool reversed = false)
    {
        // A reversed disparity is named as such: "narrows" would read as an improvement. A flip within noise (an erased
        // disparity whose order the sample happens to swap) stays "narrows".
        var direction = reversed ? "reverses" : change > 0 ? "widens" : change < 0 ? "narrows" : "keeps";
        if (ci is not { } c)
        {
            return direction + " (no CI)";
        }

        return c.Low > 0 || c.High < 0 ? direction + " (significant: CI excludes 0)" : direction + " (not significant: CI includes 0)";
    }
}
