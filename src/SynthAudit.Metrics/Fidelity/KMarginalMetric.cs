using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Bootstrap;

namespace SynthAudit.Metrics.Fidelity;

/// <summary><c>fidelity.kmarginal</c>: NIST-style k-marginal score <c>1 − mean TVD</c> over 3-way marginals, on 0–1.</summary>
/// <remarks>Every column is discretised (numerics into 20 quantile bins of the real data, missing as its own level;
/// docs/metrics.md 1.4, 2.9). All k-way combinations are scored when there are at most 200, otherwise 200 drawn without
/// replacement with the metric seed (then stated in <see cref="MetricResult.Sampling"/>). Breakdown: the NIST 0–1000 score <c>1000·(1 − mean TVD)</c>, k, the number of
/// marginals and the ten worst marginals. Interval: two-sample percentile bootstrap over rows; baseline: holdout versus train.</remarks>
public sealed class KMarginalMetric : IMetric
{
    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.KMarginal;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        var analysis = FidelityAnalysis.Get(input, context, ct);
        var plan = analysis.Plan;
        if (plan.KMarginals.IsEmpty)
        {
            return MetricResult.Skipped(Descriptor, "no columns to marginalise");
        }

        var rows = new List<BreakdownEntry>
        {
            FidelityEntries.Entry(analysis, "nist_score", s => 1000 * (1 - FidelityAnalysis.NanMean(s.MarginalTvd))),
            new("k", plan.K, Note: plan.K < FidelityPlan.DefaultK ? "fewer columns than the default k = 3" : null),
            new("marginals", plan.KMarginals.Length, Note: string.Create(CultureInfo.InvariantCulture,
                $"{plan.KMarginals.Length} of {plan.TotalMarginals} combinations{(plan.KMarginals.Length < plan.TotalMarginals ? ", sampled with the metric seed" : string.Empty)}")),
        };
        var worst = Enumerable.Range(0, plan.KMarginals.Length)
            .Where(m => double.IsFinite(analysis.Point.MarginalTvd[m]))
            // Ranked on 12 decimals: mathematically tied marginals (two codings of one partition, such as education and
            // education-num) keep schema order whichever engine summed their cells (docs/scale.md section 2.1).
            .OrderByDescending(m => Math.Round(analysis.Point.MarginalTvd[m], 12)).ThenBy(m => m)
            .Take(10);
        foreach (var m in worst)
        {
            var key = string.Join("|", plan.KMarginals[m].Columns.Select(c => analysis.Encoding.Columns[c].Name));
            rows.Add(FidelityEntries.Entry(analysis, key, s => 1 - s.MarginalTvd[m]));
        }

        return FidelityEntries.Headline(Descriptor, analysis, s => 1 - FidelityAnalysis.NanMean(s.MarginalTvd), rows,
            "no marginal has rows on both sides", FidelityEntries.SizeWarnings(analysis)) with
        {
            Sampling = Running.SampleSizes.Subsamples(FidelitySampling.KMarginals(plan)),
        };
    }
}
