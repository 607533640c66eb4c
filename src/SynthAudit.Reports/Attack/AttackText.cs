using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results.Attack;

namespace SynthAudit.Reports.Attack;

/// <summary>The sentences and number formats every attack report shares.</summary>
public static class AttackText
{
    /// <summary>The citations behind the method.</summary>
    public static IReadOnlyList<string> References { get; } =
    [
        "Steinke, Nasr & Jagielski (2023). Privacy Auditing with One (1) Training Run. NeurIPS. arXiv:2305.08846.",
        "Houssiau, Jordon, Cohen, Daniel, Elliott, Geddes, Mole, Rangel-Smith & Szpruch (2022). TAPAS: a Toolbox for Adversarial Privacy Auditing of Synthetic Data. NeurIPS SyntheticData4ML workshop. arXiv:2211.06550.",
        "van Breugel, Sun, Qian & van der Schaar (2023). Membership Inference Attacks against Synthetic Data through Overfitting Detection (DOMIAS). AISTATS. arXiv:2302.12580.",
        "Carlini, Chien, Nasr, Song, Terzis & Tramer (2022). Membership Inference Attacks From First Principles. IEEE S&P. arXiv:2112.03570.",
    ];

    /// <summary>A number with three decimals, or "n/a".</summary>
    public static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>"0.912 [0.880, 0.944]".</summary>
    public static string WithInterval(double value, ConfidenceInterval? ci) =>
        ci is { } c ? Number(value) + " [" + Number(c.Low) + ", " + Number(c.High) + "]" : Number(value);

    /// <summary>"0.1%", "1%", "10%".</summary>
    public static string Percent(double fpr) => (fpr * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    /// <summary>The TPR at one FPR with its interval and counts, e.g. "0.620 [0.55, 0.69] (62/100)".</summary>
    public static string Tpr(AttackScore score, double fpr)
    {
        var p = score.At(fpr);
        return p is null ? "n/a" : WithInterval(p.Tpr, p.TprCi) + string.Create(CultureInfo.InvariantCulture, $" ({p.TruePositives}/{p.Positives})");
    }

    /// <summary>Whether the attack shows membership leakage: the AUC interval above 0.5 or the TPR at 1 % FPR interval above 1 %.</summary>
    public static bool Detected(AttackScore score)
    {
        var aucAbove = score.AucCi is { } c && c.Low > 0.5;
        var tprAbove = score.At(0.01) is { TprCi: { } t } && t.Low > 0.01;
        return aucAbove || tprAbove;
    }

    /// <summary>The verdict sentence.</summary>
    public static string Verdict(AttackResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var pooled = result.Pooled;
        var numbers = "pooled AUC " + WithInterval(pooled.Auc, pooled.AucCi) + ", TPR at 1% FPR " + Tpr(pooled, 0.01) +
            ", TPR at 0.1% FPR " + Tpr(pooled, 0.001);
        return Detected(pooled)
            ? "Membership leakage detected by the shadow-model attack (" + result.StrongestFamily + " features): " + numbers + "."
            : "No evidence of membership leakage under the shadow-model attack, the strongest attack class we run: " + numbers +
              ". This bounds what this attacker learns about these targets at this many runs; it is not a proof of privacy.";
    }

    /// <summary>Targets whose own AUC interval lies above 0.5 (each attacked individually; no correction over targets, so about
    /// 2.5 % of targets are expected by chance).</summary>
    public static int ExposedTargets(AttackResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Targets.Count(t => t.Score.AucCi is { } c && c.Low > 0.5);
    }

    /// <summary>The most-exposed-records sentence: how many targets are individually exposed, the largest per-target AUC and ε
    /// bound, by target number only.</summary>
    public static string ExposureSentence(AttackResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Targets.IsEmpty)
        {
            return "Most exposed records: no targets were attacked.";
        }

        var exposed = ExposedTargets(result);
        var top = result.Targets.Where(t => double.IsFinite(t.Score.Auc)).OrderByDescending(t => t.Score.Auc).FirstOrDefault();
        var chance = 0.025 * result.Targets.Length;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Most exposed records: {exposed} of {result.Targets.Length} targets are individually exposed (their own AUC interval lies above 0.5; chance predicts {chance:0.#})");
        if (top is not null)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"; the most exposed is target {top.Number} ({top.Selection}) with AUC {WithInterval(top.Score.Auc, top.Score.AucCi)}");
        }

        var maxEpsilon = result.Targets.Select(t => t.EpsilonLowerBound ?? 0).DefaultIfEmpty(0).Max();
        text += string.Create(CultureInfo.InvariantCulture, $"; the largest per-target empirical ε lower bound is {maxEpsilon:0.000}.");
        return text;
    }

    /// <summary>The ε sentence, with the DP check when the generator claims an ε.</summary>
    public static string EpsilonSentence(EmpiricalEpsilonResult e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Empirical epsilon lower bound {e.LowerBound:0.000} at delta {e.Delta:G3} ({e.Correct} of {e.Guesses} guesses right over {e.Canaries} scored pairs, {e.Family} features, guess fraction {e.GuessFraction:0.##}; {e.Confidence:0.##} confidence, Bonferroni over {e.Tests} tests; method: Steinke, Nasr & Jagielski 2023).");
        return e.ConsistentWithClaim switch
        {
            true => text + string.Create(CultureInfo.InvariantCulture, $" Consistent with the claimed epsilon {e.ClaimedEpsilon:G6}."),
            false => text + string.Create(CultureInfo.InvariantCulture,
                $" BUG: above the claimed epsilon {e.ClaimedEpsilon:G6}. A correct DP generator cannot produce this except with probability below {1 - e.Confidence:0.##}: the generator or its privacy accounting is broken."),
            null => text,
        };
    }
}
