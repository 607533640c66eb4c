using System.Globalization;
using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The headline of an attack metric that reports the largest of several risks (query modes, secret columns), with a
/// Bonferroni-adjusted interval.</summary>
/// <param name="Name">The mode or column with the largest risk.</param>
/// <param name="Value">The largest risk.</param>
/// <param name="Ci">The simultaneous interval of the largest true risk: each risk's interval at level <c>1 − α/k</c>, then
/// <c>[max of the lower ends, max of the upper ends]</c>; its level is the family-wise <c>1 − α</c>.</param>
/// <param name="Count">k, the number of risks the maximum is taken over.</param>
/// <param name="Method">The interval method in words, for <c>ci_method</c> and the report.</param>
internal sealed record AttackHeadline(string Name, double Value, ConfidenceInterval Ci, int Count, string Method)
{
    /// <summary>The headline of <paramref name="risks"/> (at least one) at the family-wise <paramref name="level"/>.</summary>
    public static AttackHeadline Of(IReadOnlyList<(string Name, AttackRisk Risk)> risks, double level)
    {
        var k = risks.Count;
        var each = Multiplicity.Level(level, k);
        var intervals = risks.Select(r => k == 1 ? r.Risk.Ci : r.Risk.IntervalAt(each)).ToList();
        var worst = risks.Select((r, i) => (r.Name, r.Risk, i)).OrderByDescending(x => x.Risk.Value).ThenByDescending(x => x.Risk.Raw).First();
        var ci = new ConfidenceInterval(intervals.Max(c => c.Low), Math.Max(intervals.Max(c => c.High), worst.Risk.Value), level);
        var method = k == 1
            ? "wilson rates + delta method"
            : string.Create(CultureInfo.InvariantCulture,
                $"wilson rates + delta method; largest of {k} risks: Bonferroni, each interval at {each * 100:0.##}%, headline interval = max of lower and of upper ends (simultaneous {level * 100:0.##}%)");
        return new AttackHeadline(worst.Name, worst.Risk.Value, ci, k, method);
    }
}
