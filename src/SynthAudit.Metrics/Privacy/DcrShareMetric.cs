using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Running;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Privacy;

/// <summary><c>privacy.dcr_share</c>: the share of synthetic rows whose nearest train row is closer than their nearest holdout row.</summary>
/// <remarks>Definition (docs/metrics.md 4.2): <c>P = (#{dT &lt; dH} + ½·#{dT = dH}) / n_S</c> with <c>dT</c>, <c>dH</c> the Gower
/// distances to the closest row of the full train set and of the holdout (ties compared after rounding to 12 significant
/// digits). Baseline <c>n_T / (n_T + n_H)</c>: if synthetic rows were drawn independently of who is in train, the nearest
/// pooled real row is equally likely to be any of them. Train and holdout are never subsampled as references, so a copy of train scores 1; the synthetic query rows are a
/// seeded sample of at most <see cref="Running.SampleSizes.NeighborQueries"/> rows, and the Wilson interval over them includes
/// that sampling error. Interval: Wilson. Breakdown: the SDMetrics strict rule (ties count as holdout), the DCR quantiles synthetic→train and
/// holdout→train, and the share of exact copies (<c>dT = 0</c>).</remarks>
public sealed class DcrShareMetric : IMetric
{
    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.DcrShare;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (input.Holdout is null)
        {
            return MetricResult.Skipped(Descriptor, "needs --holdout");
        }

        if (PrivacyData.CannotRun(input, needsHoldout: true) is { } reason)
        {
            return MetricResult.Skipped(Descriptor, reason);
        }

        var data = PrivacyData.For(input, context);
        var dT = data.SyntheticToTrain.Column(0);
        var dH = data.SyntheticToHoldout!.Column(0);
        var holdoutDcr = data.HoldoutToTrain!.Column(0);
        var share = Share(dT, dH, out var strict);
        var nS = dT.Length;
        var nT = input.Real.RowCount;
        var nH = input.Holdout.RowCount;
        var baseline = (double)nT / (nT + nH);
        var level = context.ConfidenceLevel;
        var zeroS = dT.Count(d => d == 0);
        var zeroH = holdoutDcr.Count(d => d == 0);
        var breakdown = new List<BreakdownEntry>
        {
            new("strict_rule", strict, Baseline: baseline, Note: "SDMetrics convention: ties count as closer to holdout"),
            new("protection_score", Math.Min(1, (1 - share) / (1 - baseline)), Baseline: 1,
                Note: "min(1, (1 − P)/(1 − baseline)); 1 = no closer to train than fresh real rows"),
            new("dcr_p05", Quantiles.Of(dT, 0.05), Baseline: Quantiles.Of(holdoutDcr, 0.05), Note: "5th percentile of synthetic→train distance; baseline = holdout→train"),
            new("dcr_median", Quantiles.Of(dT, 0.5), Baseline: Quantiles.Of(holdoutDcr, 0.5), Note: "median synthetic→train distance; baseline = holdout→train"),
            new("exact_copies", (double)zeroS / nS, WilsonInterval.Of(zeroS, nS, level), (double)zeroH / nH,
                string.Create(CultureInfo.InvariantCulture, $"{zeroS} synthetic rows at distance 0 from train; baseline = share of holdout rows at distance 0")),
            new("sizes", nS, Note: string.Create(CultureInfo.InvariantCulture,
                $"{nS} synthetic query rows of {input.Synthetic.RowCount}, {holdoutDcr.Length} holdout query rows of {nH}; searched against all {nT} train and all {nH} holdout rows")),
        };
        var warnings = new List<string>();
        if (PrivacyData.SmallHoldoutWarning(input) is { } small)
        {
            warnings.Add(small);
        }

        var figure = DistanceHistogram.Create("privacy.dcr.histogram", "Distance to the closest train row", "Gower distance", 20,
            ("synthetic → train", dT), ("holdout → train", holdoutDcr));
        var ci = WilsonInterval.Of(share * nS, nS, level);
        return MetricResult.Ok(Descriptor, share, ci, baseline, breakdown) with
        {
            CiMethod = "wilson",
            Sampling = SampleSizes.Subsamples(data.SyntheticSample, data.Real.HoldoutSample!),
            Warnings = [.. warnings],
            Figures = [figure],
        };
    }

    /// <summary>The share with ties split ½, and the strict-rule share (ties count as holdout).</summary>
    internal static double Share(ReadOnlySpan<double> toTrain, ReadOnlySpan<double> toHoldout, out double strict)
    {
        double wins = 0, ties = 0;
        for (var i = 0; i < toTrain.Length; i++)
        {
            var a = RowKeys.Canonical(toTrain[i]);
            var b = RowKeys.Canonical(toHoldout[i]);
            if (a < b)
            {
                wins++;
            }
            else if (a == b)
            {
                ties++;
            }
        }

        strict = wins / toTrain.Length;
        return (wins + ties / 2) / toTrain.Length;
    }
}
