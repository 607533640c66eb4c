using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Privacy;

/// <summary>The privacy risk of an attack (Giomi et al., PoPETs 2023; Anonymeter <c>stats/confidence.py</c>): the excess of
/// the main attack's success over the control attack's, normalised by the control's room for improvement.</summary>
/// <param name="Value">The risk clamped to [0, 1].</param>
/// <param name="Ci">The interval <c>[clamp(R − e), clamp(R + e)]</c>.</param>
/// <param name="Raw">The unclamped risk <c>R = (r_a − r_c)/(1 − r_c)</c>.</param>
/// <param name="Error">The delta-method error <c>e = √((e_a/(1 − r_c))² + (e_c·(r_a − 1)/(1 − r_c)²)²)</c>.</param>
/// <param name="Main">The main attack (targets from train).</param>
/// <param name="Control">The control attack (targets from the holdout).</param>
/// <param name="Baseline">The naive attacker.</param>
public sealed record AttackRisk(double Value, ConfidenceInterval Ci, double Raw, double Error, SuccessRate Main, SuccessRate Control, SuccessRate Baseline)
{
    /// <summary>The risk from the three success rates, or null when the control attack always succeeds (risk undefined).</summary>
    public static AttackRisk? Compute(SuccessRate main, SuccessRate control, SuccessRate baseline, double level = 0.95)
    {
        if (!(control.Rate < 1) || double.IsNaN(main.Rate))
        {
            return null;
        }

        var room = 1 - control.Rate;
        var raw = (main.Rate - control.Rate) / room;
        var a = main.Error / room;
        var c = control.Error * (main.Rate - 1) / (room * room);
        var error = Math.Sqrt((a * a) + (c * c));
        var ci = new ConfidenceInterval(Math.Clamp(raw - error, 0, 1), Math.Clamp(raw + error, 0, 1), level);
        return new AttackRisk(Math.Clamp(raw, 0, 1), ci, raw, error, main, control, baseline);
    }

    /// <summary>Whether the main attack did no better than the naive one (Anonymeter's sanity check).</summary>
    public bool NoBetterThanBaseline => Baseline.Rate >= Main.Rate;
}
