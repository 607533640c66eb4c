using SynthAudit.Metrics.Statistics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The success rate of an attack as Anonymeter estimates it: the Wilson centre and half-width.</summary>
/// <param name="Rate">The Wilson centre <c>(k + z²/2)/(n + z²)</c> (not k/n: 0 of 200 gives 0.0094).</param>
/// <param name="Error">The Wilson half-width <c>z/(n + z²)·√(k(n−k)/n + z²/4)</c>.</param>
/// <param name="Successes">The (possibly fractional, expected) number of successes k.</param>
/// <param name="Attacks">The number of attacks n.</param>
public readonly record struct SuccessRate(double Rate, double Error, double Successes, int Attacks)
{
    /// <summary>The rate of <paramref name="successes"/> in <paramref name="attacks"/> at the confidence level.</summary>
    public static SuccessRate Of(double successes, int attacks, double level = 0.95)
    {
        var (centre, half) = WilsonInterval.CentreAndHalfWidth(successes, attacks, level);
        return new SuccessRate(centre, half, successes, attacks);
    }
}
