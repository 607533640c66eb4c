using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Bootstrap;
using SynthAudit.Metrics.Fidelity.Figures;

namespace SynthAudit.Metrics.Fidelity;

/// <summary><c>fidelity.contingency_similarity</c>: mean over every pair of columns of 1 − TVD of the two-way table.</summary>
/// <remarks><c>1 − ½ Σ_(a,b) |p_T(a,b) − p_S(a,b)|</c> over joint shares (docs/metrics.md 2.7); numeric members are cut into 10
/// quantile bins of the real data (1.4) and missing is its own level. Breakdown: per pair with bootstrap interval and
/// holdout baseline. Figure: heatmap of absolute association differences (Pearson, Cramér's V, η; 2.8).
/// Interval: two-sample percentile bootstrap over rows.</remarks>
public sealed class ContingencySimilarityMetric : IMetric
{
    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.ContingencySimilarity;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        var analysis = FidelityAnalysis.Get(input, context, ct);
        var count = analysis.Plan.Pairs.Length;
        if (count == 0)
        {
            return MetricResult.Skipped(Descriptor, "fewer than two columns");
        }

        var rows = new List<BreakdownEntry>();
        for (var q = 0; q < count; q++)
        {
            var qq = q;
            rows.Add(FidelityEntries.Entry(analysis, CorrelationSimilarityMetric.PairKey(analysis, q), s => s.Contingency[qq]));
        }

        var result = FidelityEntries.Headline(Descriptor, analysis, s => FidelityAnalysis.NanMean(s.Contingency), rows,
            "no pair has rows on both sides", FidelityEntries.SizeWarnings(analysis));
        return result with
        {
            Figures = [AssociationHeatmap.Build(analysis)],
            Sampling = Running.SampleSizes.Subsamples(FidelitySampling.Pairs(analysis.Plan)),
        };
    }
}
