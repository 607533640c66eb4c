using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Bootstrap;

namespace SynthAudit.Metrics.Fidelity;

/// <summary><c>fidelity.correlation_similarity</c>: mean over numeric pairs of <c>1 − |ρ_T − ρ_S|/2</c> with Pearson ρ.</summary>
/// <remarks>ρ on rows where both values are present; a pair is undefined (skipped) when either column is constant on
/// either side (docs/metrics.md 2.6; SDMetrics CorrelationSimilarity). All pairs are averaged (threshold 0). Breakdown:
/// Pearson similarity per pair, the Spearman headline (Pearson on midranks, ties averaged) and per-pair Spearman
/// similarity, and the SDMetrics-style average over pairs with |ρ_T| &gt; 0.5. Interval: two-sample percentile
/// bootstrap over rows (pairs kept together); baseline: holdout versus train.</remarks>
public sealed class CorrelationSimilarityMetric : IMetric
{
    /// <summary>The |ρ_T| threshold of the SDMetrics-style thresholded average.</summary>
    public const double StrongCorrelation = 0.5;

    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.CorrelationSimilarity;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        var analysis = FidelityAnalysis.Get(input, context, ct);
        var plan = analysis.Plan;
        if (plan.NumericPairs.IsEmpty)
        {
            return MetricResult.Skipped(Descriptor, "fewer than two numeric columns");
        }

        var names = plan.NumericPairs.Select(q => PairKey(analysis, q)).ToArray();
        var count = names.Length;
        var rows = new List<BreakdownEntry>();
        for (var k = 0; k < count; k++)
        {
            var kk = k;
            rows.Add(FidelityEntries.Entry(analysis, names[k], s => s.PearsonSimilarity(kk), "skipped: a column is constant on one side"));
        }

        rows.Add(FidelityEntries.Entry(analysis, "spearman (mean)", s => FidelityAnalysis.NanMean(Enumerable.Range(0, count).Select(s.SpearmanSimilarity))));
        var strong = Enumerable.Range(0, count).Where(k => Math.Abs(analysis.Point.PearsonReal[k]) > StrongCorrelation).ToArray();
        rows.Add(strong.Length == 0
            ? new BreakdownEntry("pearson, pairs with |rho_real| > 0.5", null, Note: "no strongly correlated real pair")
            : FidelityEntries.Entry(analysis, "pearson, pairs with |rho_real| > 0.5", s => FidelityAnalysis.NanMean(strong.Select(s.PearsonSimilarity))));
        for (var k = 0; k < count; k++)
        {
            var kk = k;
            rows.Add(FidelityEntries.Entry(analysis, names[k] + " (spearman)", s => s.SpearmanSimilarity(kk), "skipped: a column is constant on one side"));
        }

        return FidelityEntries.Headline(Descriptor, analysis, s => FidelityAnalysis.NanMean(Enumerable.Range(0, count).Select(s.PearsonSimilarity)),
            rows, "every numeric pair has a constant column on one side", FidelityEntries.SizeWarnings(analysis)) with
        {
            Sampling = Running.SampleSizes.Subsamples(FidelitySampling.Pairs(analysis.Plan)),
        };
    }

    internal static string PairKey(FidelityAnalysis analysis, int pair)
    {
        var (a, b) = analysis.Plan.Pairs[pair];
        return analysis.Encoding.Columns[a].Name + "|" + analysis.Encoding.Columns[b].Name;
    }
}
