namespace SynthAudit.Core.Metrics;

/// <summary>One seeded sample a metric computed on instead of all rows: which rows, how many were used, out of how many.</summary>
/// <param name="Part">What was sampled, e.g. <c>synthetic query rows</c> or <c>training rows per side</c>.</param>
/// <param name="Rows">The rows used.</param>
/// <param name="Of">The rows available.</param>
/// <remarks>A metric with no sample is exact on every row. A sampled metric states every sample here (audit.json
/// <c>sampling</c>), and its interval includes the sampling error (docs/metrics.md section 6.6).</remarks>
public sealed record SampleSize(string Part, long Rows, long Of)
{
    /// <summary>Whether fewer rows were used than available.</summary>
    public bool IsSubsample => Rows < Of;
}
