using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Bootstrap;
using SynthAudit.Metrics.Fidelity.Detection;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Fidelity;

/// <summary><c>fidelity.quality_score</c>: the equal-weight mean of column shapes, column pair trends, the k-marginal score
/// and the detection score (docs/metrics.md 2.14).</summary>
/// <remarks>Column shapes = mean over columns of KS complement (numeric) or TV complement (categorical); column pair
/// trends = mean over pairs of Pearson correlation similarity (numeric pairs) or contingency similarity (otherwise);
/// k-marginal = <c>1 − mean TVD</c> of 3-way marginals. Components that are unavailable are left out and named in a note.
/// Breakdown: each component with interval and holdout baseline, the weakest component, the relative score
/// <c>metric(S,T)/metric(H,T)</c> with a holdout, and a per-column table sorted worst first (the mean of the column's
/// shape and of the pair trends it takes part in). Interval: the whole aggregate is recomputed inside each bootstrap replicate.</remarks>
public sealed class QualityScoreMetric : IMetric
{
    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.QualityScore;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        var analysis = FidelityAnalysis.Get(input, context, ct);
        var plan = analysis.Plan;
        var columns = analysis.Encoding.Columns;
        if (columns.IsEmpty)
        {
            return MetricResult.Skipped(Descriptor, "no columns");
        }

        var numericIndex = new int[plan.Pairs.Length];
        Array.Fill(numericIndex, -1);
        for (var k = 0; k < plan.NumericPairs.Length; k++)
        {
            numericIndex[plan.NumericPairs[k]] = k;
        }

        double PairTrend(FidelityStatistics s, int q) => numericIndex[q] >= 0 ? s.PearsonSimilarity(numericIndex[q]) : s.Contingency[q];
        double Shapes(FidelityStatistics s) => FidelityAnalysis.NanMean(Enumerable.Range(0, columns.Length).Select(s.Shape));
        double Trends(FidelityStatistics s) => FidelityAnalysis.NanMean(Enumerable.Range(0, plan.Pairs.Length).Select(q => PairTrend(s, q)));
        double KMarginal(FidelityStatistics s) => 1 - FidelityAnalysis.NanMean(s.MarginalTvd);
        var components = new List<(string Name, Func<FidelityStatistics, double> Statistic)>
        {
            ("column shapes", Shapes),
            ("column pair trends", Trends),
            ("k-marginal", KMarginal),
        };

        var rows = new List<BreakdownEntry>();
        foreach (var (name, statistic) in components)
        {
            var entry = FidelityEntries.Entry(analysis, name, statistic);
            rows.Add(entry);
            if (entry.Value is { } v && entry.Baseline is { } b && b > 0)
            {
                rows.Add(new BreakdownEntry(name + " (relative to holdout)", v / b, Note: "metric(S,T) / metric(H,T); 1 = as good as fresh real data"));
            }
        }

        var detection = DetectionAnalysis.Get(input, context, ct);
        var detectionScore = detection.Failure is null ? DetectionAnalysis.Score(detection.Auc) : double.NaN;
        var detectionReplicates = double.IsFinite(detectionScore) ? DetectionReplicates(detection, input, context, ct) : null;
        if (detectionReplicates is not null)
        {
            var ci = BootstrapInterval.PercentileContaining(detectionReplicates, detectionScore, context.ConfidenceLevel);
            rows.Add(new BreakdownEntry("detection score", detectionScore, ci, 1, "1 - (2 max(AUC, 0.5) - 1) of the pooled detection AUC (" + detection.Model + ")"));
        }
        else
        {
            rows.Add(new BreakdownEntry("detection score", null, Note: "not included: " + (detection.Failure ?? "the detection AUC is undefined")
                + "; the overall score averages the other components"));
        }

        var parts = components.Select(c => (c.Name, Value: c.Statistic(analysis.Point))).Append((Name: "detection score", Value: detectionScore))
            .Where(c => double.IsFinite(c.Value)).OrderBy(c => c.Value).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        var value = FidelityAnalysis.NanMean(parts.Select(c => c.Value));
        if (!double.IsFinite(value))
        {
            return MetricResult.Skipped(Descriptor, "no component could be computed", rows);
        }

        rows.Add(new BreakdownEntry("weakest link", parts[0].Value, Note: "lowest component: " + parts[0].Name));
        rows.AddRange(ColumnTable(analysis, PairTrend));

        var replicates = new double[analysis.Replicates.Length];
        for (var b = 0; b < replicates.Length; b++)
        {
            var s = analysis.Replicates[b];
            replicates[b] = FidelityAnalysis.NanMean(components.Select(c => c.Statistic(s)).Append(detectionReplicates?[b] ?? double.NaN));
        }

        var interval = replicates.Length == 0 ? null : BootstrapInterval.PercentileContaining(replicates, value, context.ConfidenceLevel);
        // The noise floor: holdout versus train; the detection component, when included, enters at its ideal 1
        // (fresh real data gives a detection AUC of 0.5, the detection metric's baseline) rather than refitting classifiers.
        var baseline = analysis.Baseline is { } floor
            ? FidelityAnalysis.NanMean(components.Select(c => c.Statistic(floor)).Append(detectionReplicates is null ? double.NaN : 1.0))
            : double.NaN;
        var warnings = FidelityEntries.SizeWarnings(analysis).ToList();
        if (double.IsFinite(baseline))
        {
            rows.Add(new BreakdownEntry("baseline", baseline, Note: detectionReplicates is null
                ? "holdout versus train"
                : "holdout versus train; detection score taken at its ideal 1 (AUC 0.5)"));
        }

        return MetricResult.Ok(Descriptor, value, interval, double.IsFinite(baseline) ? baseline : null, rows) with
        {
            CiMethod = interval is null ? "none" : analysis.CiMethod + ", whole aggregate per replicate" + (detectionReplicates is null ? string.Empty : ", detection model fixed"),
            // The components' samples (seeded pairs and k-way combinations of wide tables, the detection rows) are this
            // score's samples too (docs/metrics.md 6.6).
            Sampling = Running.SampleSizes.Subsamples([FidelitySampling.Pairs(plan), FidelitySampling.KMarginals(plan),
                .. detectionReplicates is null ? [] : FidelitySampling.Detection(detection, input).Select(s => s with { Part = "detection " + s.Part })]),
            Warnings = [.. warnings],
        };
    }

    private static double[] DetectionReplicates(DetectionAnalysis detection, AuditInput input, MetricContext context, CancellationToken ct)
    {
        var result = new double[context.BootstrapResamples];
        var sample = detection.Sample!;
        FidelityAnalysis.ForEachReplicate(result.Length, context, ct,
            () => (Real: new int[input.Real.RowCount], Other: new int[input.Synthetic.RowCount]),
            (b, local) =>
            {
                FidelityAnalysis.DrawCounts(context, b, local.Real, local.Other);
                var (real, other) = local;
                result[b] = DetectionAnalysis.Score(detection.Replay!.Compute(i => sample.Weight(i, real, other)));
            });
        return result;
    }

    private static IEnumerable<BreakdownEntry> ColumnTable(FidelityAnalysis analysis, Func<FidelityStatistics, int, double> pairTrend)
    {
        var columns = analysis.Encoding.Columns;
        var pairs = analysis.Plan.Pairs;
        var entries = new List<(BreakdownEntry Entry, double Sort)>();
        for (var c = 0; c < columns.Length; c++)
        {
            var cc = c;
            var mine = Enumerable.Range(0, pairs.Length).Where(q => pairs[q].A == cc || pairs[q].B == cc).ToArray();
            double Score(FidelityStatistics s) => FidelityAnalysis.NanMean([s.Shape(cc), FidelityAnalysis.NanMean(mine.Select(q => pairTrend(s, q)))]);
            var shape = analysis.Point.Shape(c);
            var trend = FidelityAnalysis.NanMean(mine.Select(q => pairTrend(analysis.Point, q)));
            var entry = FidelityEntries.Entry(analysis, "column: " + columns[c].Name, Score, "skipped: no values on one side") with
            {
                Note = string.Create(CultureInfo.InvariantCulture,
                    $"shape {(double.IsFinite(shape) ? FidelityEntries.Format(shape) : "n/a")}, pair trends {(double.IsFinite(trend) ? FidelityEntries.Format(trend) : "n/a")}"),
            };
            entries.Add((entry, entry.Value ?? double.PositiveInfinity));
        }

        return entries.OrderBy(e => e.Sort).ThenBy(e => e.Entry.Key, StringComparer.Ordinal).Select(e => e.Entry);
    }
}
