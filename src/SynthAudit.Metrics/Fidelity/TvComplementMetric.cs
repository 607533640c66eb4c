using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Bootstrap;
using SynthAudit.Metrics.Fidelity.Figures;

namespace SynthAudit.Metrics.Fidelity;

/// <summary><c>fidelity.tv_complement</c>: mean over categorical columns of 1 − the total variation distance.</summary>
/// <remarks><c>TVD = ½ Σ_k |p_k − q_k|</c> over the union of categories (synthetic-only categories included), shares of
/// non-missing values (docs/metrics.md 2.2; SDMetrics TVComplement). Missingness is reported per column as missing-value
/// similarity <c>1 − |m_T − m_S|</c> in the breakdown (2.12) and enters the pair metrics as its own level.
/// Interval: two-sample percentile bootstrap over rows; baseline: holdout versus train. Figures: real/synthetic shares
/// per column, categories with fewer than 10 real rows pooled as "(other)".</remarks>
public sealed class TvComplementMetric : IMetric
{
    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.TvComplement;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        var analysis = FidelityAnalysis.Get(input, context, ct);
        var columns = Enumerable.Range(0, analysis.Encoding.Columns.Length).Where(c => !analysis.Encoding.Columns[c].IsNumeric).ToArray();
        if (columns.Length == 0)
        {
            return MetricResult.Skipped(Descriptor, "no categorical columns");
        }

        var rows = new List<BreakdownEntry>();
        foreach (var c in columns)
        {
            rows.Add(FidelityEntries.Entry(analysis, analysis.Encoding.Columns[c].Name, s => 1 - s.Tvd[c], "skipped: no non-missing values in the real or synthetic column"));
        }

        foreach (var c in columns)
        {
            rows.Add(FidelityEntries.Entry(analysis, analysis.Encoding.Columns[c].Name + " (missing similarity)", s => s.MissingSimilarity[c]));
        }

        var result = FidelityEntries.Headline(Descriptor, analysis, s => FidelityAnalysis.NanMean(columns.Select(c => 1 - s.Tvd[c])), rows,
            "no categorical column has values on both sides", FidelityEntries.SizeWarnings(analysis));
        return result with { Figures = [.. columns.Select(c => DistributionFigures.Bars(analysis.Encoding.Columns[c])).OfType<FigureData>()] };
    }
}
