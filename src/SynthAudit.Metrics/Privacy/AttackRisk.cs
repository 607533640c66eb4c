using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The privacy risk of an attack (Giomi et al., PoPETs 2023; Anonymeter <c>stats/confidence.py</c>): the excess of
/// the main attack's success over the control attack's, normalised by the room a perfect leak would leave above the control.</summary>
/// <param name="Value">The risk clamped to [0, 1].</param>
/// <param name="Ci">The interval <c>[clamp(R − e), clamp(R + e)]</c>.</param>
/// <param name="Raw">The unclamped risk <c>R = (r_a − r_c)/(A − r_c)</c>.</param>
/// <param name="Error">The delta-method error <c>e = √((e_a/(A − r_c))² + (e_c·(r_a − A)/(A − r_c)²)²)</c>.</param>
/// <param name="Main">The main attack (targets from train).</param>
/// <param name="Control">The control attack (targets from the holdout).</param>
/// <param name="Baseline">The naive attacker (a success rate, reported apart from the risk).</param>
/// <remarks><c>A</c> is the main attack's success rate on a verbatim copy of train: 1 for Anonymeter's risk, less for singling
/// out evaluated on a subset of train (see <see cref="SinglingOutRiskMetric"/>). With <c>A = 1</c> the formula is Anonymeter's.</remarks>
public sealed record AttackRisk(double Value, ConfidenceInterval Ci, double Raw, double Error, SuccessRate Main, SuccessRate Control, SuccessRate Baseline)
{
    /// <summary>The main attack's success rate on a verbatim copy of train (the risk's 1).</summary>
    public double Attainable { get; init; } = 1;

    /// <summary>The risk from the three success rates, or null when the control attack reaches <paramref name="attainable"/>
    /// (risk undefined).</summary>
    public static AttackRisk? Compute(SuccessRate main, SuccessRate control, SuccessRate baseline, double level = 0.95, double attainable = 1)
    {
        if (!(control.Rate < attainable) || double.IsNaN(main.Rate))
        {
            return null;
        }

        var room = attainable - control.Rate;
        var raw = (main.Rate - control.Rate) / room;
        var a = main.Error / room;
        var c = control.Error * (main.Rate - attainable) / (room * room);
        var error = Math.Sqrt((a * a) + (c * c));
        var ci = new ConfidenceInterval(Math.Clamp(raw - error, 0, 1), Math.Clamp(raw + error, 0, 1), level);
        return new AttackRisk(Math.Clamp(raw, 0, 1), ci, raw, error, main, control, baseline) { Attainable = attainable };
    }

    /// <summary>The interval of this risk at another confidence level (rates and errors recomputed from the same counts).</summary>
    public ConfidenceInterval IntervalAt(double level)
    {
        var again = Compute(SuccessRate.Of(Main.Successes, Main.Attacks, level), SuccessRate.Of(Control.Successes, Control.Attacks, level),
            Baseline, level, Attainable);
        var ci = again?.Ci ?? Ci;
        return new ConfidenceInterval(Math.Min(ci.Low, Value), Math.Max(ci.High, Value), level);
    }

    /// <summary>Whether the main attack did no better than the naive one (Anonymeter's sanity check).</summary>
    public bool NoBetterThanBaseline => Baseline.Rate >= Main.Rate;
}
