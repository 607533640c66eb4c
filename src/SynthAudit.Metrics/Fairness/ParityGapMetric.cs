using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Fairness;

/// <summary><c>fairness.parity_gap</c>: the demographic-parity difference of the target in the synthetic data minus that in the real data.</summary>
/// <remarks>docs/metrics.md 5.2: <c>DPD = max_g P(Y=1|g) − min_g P(Y=1|g)</c> over groups with at least 30 rows (known target) in
/// both datasets, pooled <c>(other)</c> excluded; value = DPD_S − DPD_T for the grouping (each attribute, and the intersection)
/// whose change is largest in absolute value. Near 0: the synthetic data keeps the real disparity; positive: it widens it;
/// negative: it narrows or erases it (an independent-columns generator gives about −DPD_T). Breakdown: Wilson CIs per group
/// rate, the disparate-impact ratio <c>DPR = min/max</c> (reported only when both rates are above 0) with the four-fifths
/// rule (pass when DPR ≥ 0.8, tolerance 1e-12). CIs: stratified bootstrap (every replicate keeps every group's size).</remarks>
public sealed class ParityGapMetric : IMetric
{
    private readonly FairnessOptions _options;

    /// <summary>Creates the metric.</summary>
    public ParityGapMetric(FairnessOptions? options = null)
    {
        _options = options ?? FairnessOptions.Default;
    }

    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.ParityGap;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var labels = FairnessInputs.Labels(input, context, _options, ct, out var reason);
        if (labels is null)
        {
            return MetricResult.Skipped(Descriptor, reason);
        }

        var breakdown = new List<BreakdownEntry> { FairnessInputs.PositiveClassEntry(labels.Target) };
        var warnings = new List<string>();
        var figures = new List<FigureData>();
        foreach (var parity in labels.Groupings)
        {
            AddGrouping(breakdown, warnings, parity, context);
            figures.Add(RateFigure(parity));
        }

        warnings.AddRange(FairnessInputs.MissingTargetWarnings(labels));
        if (labels.Headline < 0)
        {
            return MetricResult.Skipped(Descriptor, FairnessInputs.TooFewGroupsReason(_options), breakdown);
        }

        var headline = labels.Groupings[labels.Headline];
        breakdown.Insert(0, new BreakdownEntry("headline grouping", headline.Change, Note: headline.Grouping.Name
            + " (largest absolute DPD change); real DPD " + FairnessText.Number(headline.RealDpd) + ", synthetic DPD "
            + FairnessText.Number(headline.SyntheticDpd)));
        return MetricResult.Ok(Descriptor, headline.Change, BootstrapInterval.Percentile(labels.HeadlineReplicates, context.ConfidenceLevel),
            baseline: 0, breakdown: breakdown) with
        {
            CiMethod = FairnessText.Bootstrap(context.BootstrapResamples, "stratified by group"),
            Warnings = [.. warnings],
            Figures = [.. figures],
        };
    }

    private void AddGrouping(List<BreakdownEntry> breakdown, List<string> warnings, GroupingParity parity, MetricContext context)
    {
        var level = context.ConfidenceLevel;
        var name = parity.Grouping.Name;
        if (parity.IsDefined)
        {
            breakdown.Add(new BreakdownEntry(name + ": real DPD", parity.RealDpd, BootstrapInterval.Percentile(parity.RealDpdReplicates, level),
                Note: "highest " + parity.Grouping.Labels[parity.RealMaxGroup] + ", lowest " + parity.Grouping.Labels[parity.RealMinGroup]));
            breakdown.Add(new BreakdownEntry(name + ": synthetic DPD", parity.SyntheticDpd, BootstrapInterval.Percentile(parity.SyntheticDpdReplicates, level),
                Baseline: parity.RealDpd));
            breakdown.Add(new BreakdownEntry(name + ": DPD change", parity.Change, BootstrapInterval.Percentile(parity.ChangeReplicates(), level),
                Baseline: 0, Note: parity.Flipped ? "disparity flipped: the real most-favoured group is below the least-favoured one in the synthetic data" : null));
            var real = Ratio(parity, synthetic: false, out var realNote);
            var synthetic = Ratio(parity, synthetic: true, out var syntheticNote);
            breakdown.Add(new BreakdownEntry(name + ": real DPR", real, Baseline: _options.FourFifths, Note: realNote));
            breakdown.Add(new BreakdownEntry(name + ": synthetic DPR", synthetic, Baseline: _options.FourFifths, Note: syntheticNote));
            if (!double.IsNaN(real) && !double.IsNaN(synthetic)
                && DisparityStatistics.PassesFourFifths(real, _options.FourFifths) != DisparityStatistics.PassesFourFifths(synthetic, _options.FourFifths))
            {
                warnings.Add(name + ": the four-fifths rule " + (DisparityStatistics.PassesFourFifths(real, _options.FourFifths) ? "passes on the real data but fails on the synthetic data" : "fails on the real data but passes on the synthetic data"));
            }

            if (parity.Flipped)
            {
                warnings.Add(name + ": the synthetic data flips the direction of the real disparity");
            }
        }
        else
        {
            breakdown.Add(new BreakdownEntry(name + ": DPD change", null, Note: "fewer than two groups with at least "
                + FairnessText.Count(_options.MinGroupSize) + " rows in both datasets"));
        }

        for (var g = 0; g < parity.Grouping.Count; g++)
        {
            var key = parity.Grouping.Key(g);
            var note = parity.Eligible[g] ? null : g == parity.Grouping.OtherGroup
                ? "pooled small groups: not used for gaps"
                : "insufficient data (fewer than " + FairnessText.Count(_options.MinGroupSize) + " rows in a dataset): not used for gaps";
            breakdown.Add(new BreakdownEntry(key + ": real positive rate", parity.RealRate(g), WilsonInterval.Of(parity.RealPositives[g], parity.RealRows[g], level),
                Note: Join(FairnessText.Count(parity.RealPositives[g]) + "/" + FairnessText.Count(parity.RealRows[g]), note)));
            breakdown.Add(new BreakdownEntry(key + ": synthetic positive rate", parity.SyntheticRate(g),
                WilsonInterval.Of(parity.SyntheticPositives[g], parity.SyntheticRows[g], level), Baseline: parity.RealRate(g),
                Note: Join(FairnessText.Count(parity.SyntheticPositives[g]) + "/" + FairnessText.Count(parity.SyntheticRows[g]), note)));
        }
    }

    private double Ratio(GroupingParity parity, bool synthetic, out string note)
    {
        int max = -1, min = -1;
        for (var g = 0; g < parity.Grouping.Count; g++)
        {
            if (!parity.Eligible[g])
            {
                continue;
            }

            var rate = synthetic ? parity.SyntheticRate(g) : parity.RealRate(g);
            if (max < 0 || rate > (synthetic ? parity.SyntheticRate(max) : parity.RealRate(max)))
            {
                max = g;
            }

            if (min < 0 || rate < (synthetic ? parity.SyntheticRate(min) : parity.RealRate(min)))
            {
                min = g;
            }
        }

        var positives = synthetic ? parity.SyntheticPositives : parity.RealPositives;
        if (max < 0 || positives[min] == 0 || positives[max] == 0)
        {
            note = "not reported: a group rate is 0 (its Wilson lower bound is not above 0)";
            return double.NaN;
        }

        var ratio = synthetic ? parity.SyntheticRate(min) / parity.SyntheticRate(max) : parity.RealRate(min) / parity.RealRate(max);
        note = "disparate impact (lowest/highest rate); four-fifths rule "
            + (DisparityStatistics.PassesFourFifths(ratio, _options.FourFifths) ? "passes" : "fails (adverse impact)");
        return ratio;
    }

    private static FigureData RateFigure(GroupingParity parity)
    {
        var shown = Enumerable.Range(0, parity.Grouping.Count)
            .Where(g => parity.RealRows[g] > 0 && parity.SyntheticRows[g] > 0)
            .ToArray();
        return new FigureData("fairness.positive_rate." + FairnessText.Id(parity.Grouping.Name),
            "Positive rate of the target per group, real vs synthetic (" + parity.Grouping.Name + ")", FigureKind.Bars,
            parity.Grouping.Name, "positive rate",
            [.. shown.Select(g => parity.Grouping.Labels[g])],
            [
                new FigureSeries("real", [], [.. shown.Select(parity.RealRate)]),
                new FigureSeries("synthetic", [], [.. shown.Select(parity.SyntheticRate)]),
            ]);
    }

    private static string? Join(string first, string? second) => second is null ? first : first + "; " + second;
}
