using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Bootstrap;

namespace SynthAudit.Metrics.Fidelity;

/// <summary><c>fidelity.wasserstein</c>: mean over numeric columns of the range-normalised Wasserstein-1 distance.</summary>
/// <remarks><c>W1 = ∫ |F_T − F_S| dx = Σ_i |F_T(v_i) − F_S(v_i)|·(v_{i+1} − v_i)</c> over the merged distinct values;
/// normalised by the real range <c>max T − min T</c> and clamped to 1 (docs/metrics.md 2.3). Lower is better. Columns with
/// a constant real column are undefined and skipped. Breakdown: normalised W1 per column and the raw W1 in data units.
/// Interval: two-sample percentile bootstrap over rows (the real range of the full data is the fixed scale);
/// baseline: holdout versus train.</remarks>
public sealed class WassersteinMetric : IMetric
{
    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.Wasserstein;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        var analysis = FidelityAnalysis.Get(input, context, ct);
        var columns = Enumerable.Range(0, analysis.Encoding.Columns.Length).Where(c => analysis.Encoding.Columns[c].IsNumeric).ToArray();
        if (columns.Length == 0)
        {
            return MetricResult.Skipped(Descriptor, "no numeric columns");
        }

        var rows = new List<BreakdownEntry>();
        foreach (var c in columns)
        {
            rows.Add(FidelityEntries.Entry(analysis, analysis.Encoding.Columns[c].Name, s => s.W1Normalized[c], "skipped: constant or empty real column"));
        }

        foreach (var c in columns)
        {
            rows.Add(FidelityEntries.Entry(analysis, analysis.Encoding.Columns[c].Name + " (W1, data units)", s => s.W1[c], "skipped: no values on one side"));
        }

        return FidelityEntries.Headline(Descriptor, analysis, s => FidelityAnalysis.NanMean(columns.Select(c => s.W1Normalized[c])), rows,
            "no numeric column has a non-constant real column with values on both sides", FidelityEntries.SizeWarnings(analysis));
    }
}
