namespace SynthAudit.Core.Metrics;

/// <summary>The stable metric ids of the contract, spelled exactly as there.</summary>
public static class MetricIds
{
    /// <summary>Mean over numeric columns of 1 − KS statistic.</summary>
    public const string KsComplement = "fidelity.ks_complement";

    /// <summary>Mean over categorical columns of 1 − total variation distance.</summary>
    public const string TvComplement = "fidelity.tv_complement";

    /// <summary>Mean normalised Wasserstein-1 distance over numeric columns.</summary>
    public const string Wasserstein = "fidelity.wasserstein";

    /// <summary>Mean over numeric pairs of 1 − abs(Δ correlation)/2.</summary>
    public const string CorrelationSimilarity = "fidelity.correlation_similarity";

    /// <summary>Mean over column pairs of 1 − TVD of the 2-way table.</summary>
    public const string ContingencySimilarity = "fidelity.contingency_similarity";

    /// <summary>NIST-style k-marginal score.</summary>
    public const string KMarginal = "fidelity.kmarginal";

    /// <summary>AUC of a classifier telling real from synthetic.</summary>
    public const string DetectionAuc = "fidelity.detection_auc";

    /// <summary>Standardised propensity mean-squared error.</summary>
    public const string PmseRatio = "fidelity.pmse_ratio";

    /// <summary>Range and category coverage.</summary>
    public const string Coverage = "fidelity.coverage";

    /// <summary>Overall fidelity score.</summary>
    public const string QualityScore = "fidelity.quality_score";

    /// <summary>Model trained on real train, scored on holdout.</summary>
    public const string Trtr = "utility.trtr";

    /// <summary>Model trained on synthetic, scored on holdout.</summary>
    public const string Tstr = "utility.tstr";

    /// <summary>TSTR / TRTR.</summary>
    public const string UtilityRatio = "utility.ratio";

    /// <summary>Rank correlation of feature importances.</summary>
    public const string FeatureImportanceAgreement = "utility.feature_importance_agreement";

    /// <summary>Largest gap in protected-group shares, real vs synthetic.</summary>
    public const string Representation = "fairness.representation";

    /// <summary>Demographic-parity difference of the target, synthetic vs real.</summary>
    public const string ParityGap = "fairness.parity_gap";

    /// <summary>Equalized-odds difference of the TSTR model minus that of the TRTR model.</summary>
    public const string EqualizedOddsGap = "fairness.equalized_odds_gap";

    /// <summary>How much synthetic data widens a real disparity.</summary>
    public const string BiasAmplification = "fairness.bias_amplification";

    /// <summary>Share of synthetic rows identical to a real train row.</summary>
    public const string ExactMatchRate = "privacy.exact_match_rate";

    /// <summary>Share of synthetic rows closer to train than to holdout.</summary>
    public const string DcrShare = "privacy.dcr_share";

    /// <summary>Nearest-neighbour distance ratio summary.</summary>
    public const string Nndr = "privacy.nndr";

    /// <summary>Distance-based membership-inference AUC.</summary>
    public const string MiaDistanceAuc = "privacy.mia_distance_auc";

    /// <summary>Density-ratio (DOMIAS-style) membership-inference AUC.</summary>
    public const string MiaDensityAuc = "privacy.mia_density_auc";

    /// <summary>Shadow-model membership-inference AUC (only with <c>audit --generator</c> or <c>--builtin</c>).</summary>
    public const string MiaShadowAuc = "privacy.mia_shadow_auc";

    /// <summary>Shadow-model membership-inference TPR at 1 % FPR (only with <c>audit --generator</c> or <c>--builtin</c>).</summary>
    public const string MiaShadowTprAt1PctFpr = "privacy.mia_shadow_tpr_at_1pct_fpr";

    /// <summary>Singling-out risk (GDPR criterion 1).</summary>
    public const string SinglingOutRisk = "privacy.singling_out_risk";

    /// <summary>Linkability risk (GDPR criterion 2).</summary>
    public const string LinkabilityRisk = "privacy.linkability_risk";

    /// <summary>Attribute-inference risk (GDPR criterion 3).</summary>
    public const string InferenceRisk = "privacy.inference_risk";

    /// <summary>Every id of the contract, in contract order.</summary>
    public static IReadOnlyList<string> All => MetricCatalog.Ids;

    /// <summary>Ids that appear only when their extra input was given (the shadow attack needs a generator); not in
    /// <see cref="All"/>, since an audit without a generator does not list them at all.</summary>
    public static IReadOnlyList<string> Optional => MetricCatalog.OptionalIds;
}
