using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Bootstrap;
using SynthAudit.Metrics.Fidelity.Detection;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Fidelity;

/// <summary><c>fidelity.pmse_ratio</c>: propensity mean-squared error divided by its null expectation (≈ 1 is ideal).</summary>
/// <remarks>Stack real (0) and synthetic (1), <c>c = n_S/N</c>; fit a main-effects logistic regression; <c>pMSE = (1/N) Σ (p̂_i − c)²</c>
/// on the in-sample fitted probabilities; analytic null for k parameters (intercept included) <c>E₀ = (k−1)(1−c)²c/N</c>,
/// <c>SD₀ = √(2(k−1))(1−c)²c/N</c>; value <c>pMSE/E₀</c> (Snoke, Raab, Nowok, Dibben, Slavkovic 2018; docs/metrics.md 2.10).
/// Breakdown: S_pMSE, raw pMSE, E₀, k. Baseline: the same ratio for holdout versus train when a holdout is given.
/// Interval: percentile bootstrap over the rows of both tables with the fitted propensities held fixed (it covers row
/// sampling, not refitting), using the shared fidelity resamples.</remarks>
public sealed class PmseRatioMetric : IMetric
{
    /// <inheritdoc />
    public MetricDescriptor Descriptor => MetricCatalog.PmseRatio;

    /// <inheritdoc />
    public MetricResult Compute(AuditInput input, MetricContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var analysis = PropensityAnalysis.Get(input, context, ct);
        if (analysis is null)
        {
            return MetricResult.Skipped(Descriptor, "the real or synthetic table is empty or has no usable columns");
        }

        var s = analysis.Statistics;
        if (!double.IsFinite(s.Ratio))
        {
            return MetricResult.Skipped(Descriptor, "the propensity model has no features (k = 1), so pMSE has no null reference");
        }

        var replicates = Replicates(analysis, input, context, ct);
        var ci = replicates.Length == 0 ? null : BootstrapInterval.PercentileContaining(replicates, s.Ratio, context.ConfidenceLevel);
        double? baseline = null;
        if (input.Holdout is { RowCount: > 0 })
        {
            var floor = PropensityAnalysis.HoldoutBaseline(input, context, ct);
            baseline = floor?.Statistics.Ratio;
        }

        var rows = new List<BreakdownEntry>
        {
            new("s_pmse", s.Standardized, Note: "standardised pMSE, about N(0,1) when the tables come from one distribution"),
            new("pmse", s.Pmse),
            new("pmse_null_mean", s.NullMean),
            new("parameters", analysis.Parameters, Note: "k, intercept included"),
        };
        var warnings = new List<string>();
        if (!analysis.Converged)
        {
            warnings.Add("the propensity model did not converge within its iteration cap");
        }

        return MetricResult.Ok(Descriptor, s.Ratio, ci, baseline, rows) with
        {
            CiMethod = ci is null ? "none" : "bootstrap-percentile (" + replicates.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", model fixed)",
            Sampling = Running.SampleSizes.Subsamples(new SampleSize("real rows", analysis.Sample.RealRows.Length, input.Real.RowCount),
                new SampleSize("synthetic rows", analysis.Sample.OtherRows.Length, input.Synthetic.RowCount)),
            Warnings = [.. warnings],
        };
    }

    private static double[] Replicates(PropensityAnalysis analysis, AuditInput input, MetricContext context, CancellationToken ct)
    {
        var b = context.BootstrapResamples;
        var result = new double[b];
        var p = analysis.Propensities;
        var sample = analysis.Sample;
        var c = (double)sample.OtherRows.Length / p.Length;
        var e0 = analysis.Statistics.NullMean;
        FidelityAnalysis.ForEachReplicate(b, context, ct,
            () => (Real: new int[input.Real.RowCount], Other: new int[input.Synthetic.RowCount]),
            (r, local) =>
            {
                FidelityAnalysis.DrawCounts(context, r, local.Real, local.Other);
                double sum = 0, weight = 0;
                for (var i = 0; i < p.Length; i++)
                {
                    var w = sample.Weight(i, local.Real, local.Other);
                    sum += w * (p[i] - c) * (p[i] - c);
                    weight += w;
                }

                result[r] = weight > 0 ? sum / weight / e0 : double.NaN;
            });
        return result;
    }
}
