using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>Bonferroni adjustment for a headline that is the largest of several estimates.</summary>
/// <remarks>With k intervals each at level <c>1 − α/k</c>, all k cover their true values together with probability at least
/// <c>1 − α</c>; the interval of the largest true value is then <c>[max of the lower ends, max of the upper ends]</c>
/// (Bonferroni 1936; Dunn 1961).</remarks>
internal static class Multiplicity
{
    /// <summary>The per-estimate level for k estimates and a family-wise <paramref name="level"/>.</summary>
    public static double Level(double level, int k) => k <= 1 ? level : 1 - ((1 - level) / k);

    /// <summary>The lower end of a symmetric normal interval widened from its own level to the Bonferroni level for k estimates.</summary>
    public static double WidenLow(double value, ConfidenceInterval? ci, int k)
    {
        if (ci is not { } c)
        {
            return value;
        }

        if (k <= 1)
        {
            return c.Low;
        }

        var scale = NormalDistribution.TwoSidedZ(Level(c.Level, k)) / NormalDistribution.TwoSidedZ(c.Level);
        return value - ((value - c.Low) * scale);
    }
}
