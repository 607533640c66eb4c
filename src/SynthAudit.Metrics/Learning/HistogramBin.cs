namespace SynthAudit.Metrics.Learning;

/// <summary>Gradient sum, hessian sum and row count of one bin of one feature in one tree node.</summary>
internal struct HistogramBin
{
    public double G;
    public double H;
    public int Count;
}
