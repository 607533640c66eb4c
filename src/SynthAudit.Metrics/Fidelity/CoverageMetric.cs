using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Bootstrap;

namespace SynthAudit.Metrics.Fidelity;

/// <summary><c>fidelity.coverage</c>: mean over columns of range coverage (numeric) or category coverage (categorical).</summary>
/// <remarks>Range coverage <c>1 − [max(0,(min S − min T)/R) + max(0,(max T − max S)/R)]</c> clamped at 0, <c>R = max T − min T</c>
/// (undefined for a constant real column); category coverage <c>|cats(S) ∩ cats(T)| / |cats(T)|</c> (docs/metrics.md 2.12;
/// SDMetrics RangeCoverage/CategoryCoverage). Breakdown: per column coverage, and per column boundary adherence
/// (share of synthetic values inside the real range) or category adherence (share of synthetic values whose
/// category exists in the real data). Interval: two-sample percentile bootstrap over rows; baseline: holdout versus train.</remarks>
public sealed class CoverageMetric : IMetric
{
    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.Coverage;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        var analysis = FidelityAnalysis.Get(input, context, ct);
        var columns = analysis.Encoding.Columns;
        if (columns.IsEmpty)
        {
            return MetricResult.Skipped(Descriptor, "no columns");
        }

        var rows = new List<BreakdownEntry>();
        for (var c = 0; c < columns.Length; c++)
        {
            var cc = c;
            rows.Add(FidelityEntries.Entry(analysis, columns[c].Name, s => s.Coverage[cc],
                columns[c].IsNumeric ? "skipped: constant or empty column" : "skipped: no real values"));
        }

        for (var c = 0; c < columns.Length; c++)
        {
            var cc = c;
            rows.Add(FidelityEntries.Entry(analysis, columns[c].Name + (columns[c].IsNumeric ? " (boundary adherence)" : " (category adherence)"),
                s => s.Adherence[cc], "skipped: no values on one side"));
        }

        return FidelityEntries.Headline(Descriptor, analysis, s => FidelityAnalysis.NanMean(s.Coverage), rows,
            "no column has a defined coverage", FidelityEntries.SizeWarnings(analysis));
    }
}
