namespace SynthAudit.Reports.Text;

/// <summary>The regulatory and interpretive text of the reports (GDPR, HIPAA, uncertainty), written once.</summary>
public static class GuidanceText
{
    /// <summary>What the report is and is not.</summary>
    public const string Scope =
        "This report gives statistical evidence about one synthetic dataset measured against the real data it was made from. " +
        "Every headline number carries a confidence interval and, for privacy, the value a naive attacker or fresh real data would get. " +
        "It is not a legal determination: SynthAudit never states that data is anonymised under the GDPR or de-identified under HIPAA; " +
        "that judgement belongs to the controller, the data-protection officer or a qualified expert who reads this evidence.";

    /// <summary>How to read intervals.</summary>
    public const string Uncertainty =
        "Intervals are two-sided at the stated confidence level. When an interval is wide, the point estimate is uncertain; " +
        "when it overlaps a threshold, the data do not settle which side the true value lies on.";

    /// <summary>The three GDPR criteria of WP216.</summary>
    public const string Gdpr =
        "The Article 29 Working Party (Opinion 05/2014 on anonymisation techniques, WP216) judges anonymisation against three risks: " +
        "singling out (isolating the records of one individual), linkability (linking records about the same person, within or across datasets) " +
        "and inference (deducing an attribute of a person with significant probability). A release that defeats all three is considered robust; " +
        "otherwise a documented re-identification risk assessment is needed. SynthAudit reports evidence per criterion from attacks on the real data " +
        "(Anonymeter-style, with a control attack on holdout rows and a naive baseline).";

    /// <summary>The HIPAA expert-determination path.</summary>
    public const string Hipaa =
        "Under HIPAA, data are de-identified by Safe Harbor (removing the 18 listed identifiers) or by Expert Determination " +
        "(45 CFR 164.514(b)(1)): a qualified expert applies accepted statistical methods, determines that the risk that an anticipated recipient " +
        "could identify an individual is very small, and documents the methods and results. HHS sets no numeric threshold; thresholds between " +
        "0.05 and 0.2 are common in practice. The exact-match, distance, membership-inference and attack results of this section, with their intervals " +
        "and baselines, are the evidence pack for such an expert; the threshold is the expert's call.";

    /// <summary>The membership-inference meaning.</summary>
    public const string Membership =
        "Membership inference asks whether an attacker can tell that a person's record was in the training data. An AUC near 0.5 means no; " +
        "membership alone can be sensitive (for example in a disease registry) and links a known person to the training set.";

    /// <summary>The meaning of each GDPR criterion, keyed by criterion id.</summary>
    public static string Criterion(string criterion) => criterion switch
    {
        "singling_out" => "Can an attacker isolate one real person using the synthetic data? Evidence: the singling-out attack, supported by exact matches, DCR and NNDR.",
        "linkability" => "Can an attacker link two pieces of information about the same real person through the synthetic data? Evidence: the linkability attack, supported by membership inference.",
        "inference" => "Can an attacker deduce a hidden attribute of a real person from the synthetic data better than from the population? Evidence: the attribute-inference attack.",
        _ => string.Empty,
    };
}
