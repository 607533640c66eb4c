using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Bootstrap;
using SynthAudit.Metrics.Fidelity.Detection;

namespace SynthAudit.Metrics.Fidelity;

/// <summary>The samples the fidelity metrics state in <see cref="MetricResult.Sampling"/> (docs/metrics.md section 6.6): the
/// seeded column pairs and k-way combinations of wide tables and the detection model's rows.</summary>
internal static class FidelitySampling
{
    /// <summary>The column pairs scored, out of all pairs.</summary>
    public static SampleSize Pairs(FidelityPlan plan) => new("column pairs", plan.Pairs.Length, plan.TotalPairs);

    /// <summary>The k-way column combinations scored by the k-marginal score, out of all combinations.</summary>
    public static SampleSize KMarginals(FidelityPlan plan) =>
        new(plan.K.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-way column combinations", plan.KMarginals.Length, plan.TotalMarginals);

    /// <summary>The real and the synthetic rows the detection classifiers were trained and scored on.</summary>
    public static IEnumerable<SampleSize> Detection(DetectionAnalysis detection, AuditInput input)
    {
        if (detection.Sample is not { } sample)
        {
            yield break;
        }

        yield return new SampleSize("real rows", sample.RealRows.Length, input.Real.RowCount);
        yield return new SampleSize("synthetic rows", sample.OtherRows.Length, input.Synthetic.RowCount);
    }
}
