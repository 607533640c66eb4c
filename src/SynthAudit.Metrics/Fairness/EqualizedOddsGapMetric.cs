using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Statistics;
using SynthAudit.Metrics.Utility;

namespace SynthAudit.Metrics.Fairness;

/// <summary><c>fairness.equalized_odds_gap</c>: the equalized-odds difference of the TSTR model minus that of the TRTR model, on the holdout.</summary>
/// <remarks>docs/metrics.md 5.3: per group <c>TPR = TP/(TP+FN)</c>, <c>FPR = FP/(FP+TN)</c>; <c>EOD = max(TPR gap, FPR gap)</c> over
/// groups with at least 30 holdout rows and 5 positives and 5 negatives (fairlearn's equalized_odds_difference). Value =
/// EOD_TSTR − EOD_TRTR for the grouping whose change is largest in absolute value: positive means the model trained on
/// synthetic data treats groups less evenly than the model trained on real data. Breakdown: equal-opportunity difference
/// (TPR gap), FPR gap, per-group TPR/FPR (Wilson CIs) and AUC (DeLong CIs), lowest AUC and AUC gap. The models come from the
/// utility family (<see cref="UtilityModelCache"/>). CI: paired bootstrap of the holdout stratified by group.</remarks>
public sealed class EqualizedOddsGapMetric : IMetric
{
    /// <summary>The reason given when the utility models are not available.</summary>
    public const string NeedsModelsReason = "needs the utility models (binary target)";

    private readonly FairnessOptions _options;

    /// <summary>Creates the metric.</summary>
    public EqualizedOddsGapMetric(FairnessOptions? options = null)
    {
        _options = options ?? FairnessOptions.Default;
    }

    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.EqualizedOddsGap;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (input.Sensitive.IsEmpty)
        {
            return MetricResult.Skipped(Descriptor, "needs --sensitive");
        }

        var predictions = UtilityModelCache.GetBinaryPredictions(input, context, ct);
        return predictions is null
            ? MetricResult.Skipped(Descriptor, UnavailableReason(input, context, ct))
            : Compute(input, predictions, context, ct);
    }

    /// <summary>Computes the metric from given holdout predictions (the utility models' scores).</summary>
    public MetricResult Compute(AuditInput input, HoldoutPredictions predictions, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(context);
        if (input.Sensitive.IsEmpty)
        {
            return MetricResult.Skipped(Descriptor, "needs --sensitive");
        }

        var models = ModelDisparity.For(input, predictions, context, _options, ct);
        var level = context.ConfidenceLevel;
        var breakdown = new List<BreakdownEntry>
        {
            new("positive class", null, Note: predictions.Target + " = " + predictions.PositiveClass + " (from the utility models); threshold "
                + FairnessText.Number(predictions.Threshold)),
        };
        var warnings = FairnessModelText.Warnings(models);
        foreach (var odds in models.Groupings)
        {
            AddGrouping(breakdown, odds, level);
        }

        if (models.Headline < 0)
        {
            return MetricResult.Skipped(Descriptor, "fewer than two protected groups with at least " + FairnessText.Count(_options.MinGroupSize)
                + " holdout rows and " + FairnessText.Count(_options.MinClassCount) + " positives and negatives", breakdown);
        }

        var headline = models.Groupings[models.Headline];
        breakdown.Insert(0, new BreakdownEntry("headline grouping", headline.Change, Note: headline.Grouping.Name
            + " (largest absolute EOD change); TRTR EOD " + FairnessText.Number(headline.TrtrOdds.EqualizedOdds) + ", TSTR EOD "
            + FairnessText.Number(headline.TstrOdds.EqualizedOdds)));
        return MetricResult.Ok(Descriptor, headline.Change, BootstrapInterval.Percentile(models.HeadlineReplicates, level), baseline: 0,
            breakdown: breakdown) with
        {
            CiMethod = FairnessText.Bootstrap(context.BootstrapResamples, "paired over the holdout, stratified by group; models not refitted"),
            Sampling = predictions.TrainingSampling,
            Warnings = [.. warnings],
        };
    }

    /// <summary>The skip reason when the utility models are unavailable, with the utility family's own reason when it gives one.</summary>
    internal static string UnavailableReason(AuditInput input, MetricContext context, CancellationToken ct) =>
        UtilityModelCache.UnavailableReason(input, context, ct) is { } detail ? NeedsModelsReason + "; " + detail : NeedsModelsReason;

    private void AddGrouping(List<BreakdownEntry> breakdown, GroupingOdds odds, double level)
    {
        var name = odds.Grouping.Name;
        if (odds.IsDefined)
        {
            breakdown.Add(new BreakdownEntry(name + ": TRTR EOD", odds.TrtrOdds.EqualizedOdds, BootstrapInterval.Percentile(odds.TrtrEodReplicates, level),
                Note: "TPR gap " + FairnessText.Number(odds.TrtrOdds.TprGap) + ", FPR gap " + FairnessText.Number(odds.TrtrOdds.FprGap)));
            breakdown.Add(new BreakdownEntry(name + ": TSTR EOD", odds.TstrOdds.EqualizedOdds, BootstrapInterval.Percentile(odds.TstrEodReplicates, level),
                Baseline: odds.TrtrOdds.EqualizedOdds,
                Note: "TPR gap " + FairnessText.Number(odds.TstrOdds.TprGap) + ", FPR gap " + FairnessText.Number(odds.TstrOdds.FprGap)));
            breakdown.Add(new BreakdownEntry(name + ": EOD change", odds.Change,
                BootstrapInterval.Percentile(GroupingOdds.Difference(odds.TstrEodReplicates, odds.TrtrEodReplicates), level), Baseline: 0));
            breakdown.Add(new BreakdownEntry(name + ": TRTR equal-opportunity difference", odds.TrtrOdds.TprGap,
                BootstrapInterval.Percentile(odds.TrtrOppReplicates, level)));
            breakdown.Add(new BreakdownEntry(name + ": TSTR equal-opportunity difference", odds.TstrOdds.TprGap,
                BootstrapInterval.Percentile(odds.TstrOppReplicates, level), Baseline: odds.TrtrOdds.TprGap));
            breakdown.Add(new BreakdownEntry(name + ": TRTR AUC gap", odds.AucGap(tstr: false), Note: "lowest group AUC " + FairnessText.Number(odds.MinAuc(tstr: false))));
            breakdown.Add(new BreakdownEntry(name + ": TSTR AUC gap", odds.AucGap(tstr: true), Baseline: odds.AucGap(tstr: false),
                Note: "lowest group AUC " + FairnessText.Number(odds.MinAuc(tstr: true))));
        }
        else
        {
            breakdown.Add(new BreakdownEntry(name + ": EOD change", null, Note: "fewer than two groups with enough holdout rows, positives and negatives"));
        }

        for (var g = 0; g < odds.Grouping.Count; g++)
        {
            var key = odds.Grouping.Key(g);
            if (!odds.Eligible[g])
            {
                breakdown.Add(new BreakdownEntry(key + ": holdout rows", odds.Rows[g], Note: (g == odds.Grouping.OtherGroup ? "pooled small groups" : "insufficient data")
                    + ": " + FairnessText.Count(odds.Positives[g]) + " positives, " + FairnessText.Count(odds.Rows[g] - odds.Positives[g])
                    + " negatives; not used for gaps"));
                continue;
            }

            AddRates(breakdown, key, "TRTR", odds.Trtr[g], odds.TrtrAuc[g], null, level);
            AddRates(breakdown, key, "TSTR", odds.Tstr[g], odds.TstrAuc[g], odds.Trtr[g], level);
        }
    }

    private static void AddRates(List<BreakdownEntry> breakdown, string key, string model, GroupConfusion c, (double Auc, ConfidenceInterval? Ci) auc,
        GroupConfusion? reference, double level)
    {
        breakdown.Add(new BreakdownEntry(key + ": " + model + " TPR", c.TruePositiveRate, WilsonInterval.Of(c.TruePositives, c.TruePositives + c.FalseNegatives, level),
            Baseline: reference?.TruePositiveRate));
        breakdown.Add(new BreakdownEntry(key + ": " + model + " FPR", c.FalsePositiveRate, WilsonInterval.Of(c.FalsePositives, c.FalsePositives + c.TrueNegatives, level),
            Baseline: reference?.FalsePositiveRate));
        breakdown.Add(new BreakdownEntry(key + ": " + model + " AUC", auc.Auc, auc.Ci, Note: auc.Ci is null ? "DeLong CI undefined" : null));
    }
}
