using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Bootstrap;
using SynthAudit.Metrics.Fidelity.Figures;

namespace SynthAudit.Metrics.Fidelity;

/// <summary><c>fidelity.ks_complement</c>: mean over numeric columns of 1 − the two-sample Kolmogorov–Smirnov statistic.</summary>
/// <remarks><c>D = sup |F_T − F_S|</c> over non-missing values, evaluated after all ties of each distinct value
/// (docs/metrics.md 2.1; SDMetrics KSComplement). Breakdown: per column KS complement with bootstrap interval and the
/// holdout-versus-train value as baseline, and per column missing-value similarity <c>1 − |m_T − m_S|</c> (2.12).
/// Interval: two-sample percentile bootstrap over rows. Figures: overlaid real/synthetic histograms per column.</remarks>
public sealed class KsComplementMetric : IMetric
{
    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.KsComplement;

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
            rows.Add(FidelityEntries.Entry(analysis, analysis.Encoding.Columns[c].Name, s => 1 - s.Ks[c], "skipped: no non-missing values in the real or synthetic column"));
        }

        foreach (var c in columns)
        {
            rows.Add(FidelityEntries.Entry(analysis, analysis.Encoding.Columns[c].Name + " (missing similarity)", s => s.MissingSimilarity[c]));
        }

        var result = FidelityEntries.Headline(Descriptor, analysis, s => FidelityAnalysis.NanMean(columns.Select(c => 1 - s.Ks[c])), rows,
            "no numeric column has values on both sides", FidelityEntries.SizeWarnings(analysis));
        return result with { Figures = [.. columns.Select(c => DistributionFigures.Histogram(analysis.Encoding.Columns[c])).OfType<FigureData>()] };
    }
}
