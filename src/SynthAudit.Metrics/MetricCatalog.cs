using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics;

/// <summary>The descriptor of every metric of the contract: one place for ids, names, ranges and directions.</summary>
public static class MetricCatalog
{
    private static readonly ValueRange s_unit = ValueRange.Unit;
    private static readonly ValueRange s_signedUnit = new(-1, 1);

    /// <summary><c>fidelity.ks_complement</c>.</summary>
    public static MetricDescriptor KsComplement { get; } = new(MetricIds.KsComplement, MetricFamily.Fidelity, "KS complement (numeric columns)", s_unit, Direction.HigherIsBetter, MetricRequirements.None);

    /// <summary><c>fidelity.tv_complement</c>.</summary>
    public static MetricDescriptor TvComplement { get; } = new(MetricIds.TvComplement, MetricFamily.Fidelity, "TV complement (categorical columns)", s_unit, Direction.HigherIsBetter, MetricRequirements.None);

    /// <summary><c>fidelity.wasserstein</c>.</summary>
    public static MetricDescriptor Wasserstein { get; } = new(MetricIds.Wasserstein, MetricFamily.Fidelity, "Normalised Wasserstein-1 distance", s_unit, Direction.LowerIsBetter, MetricRequirements.None);

    /// <summary><c>fidelity.correlation_similarity</c>.</summary>
    public static MetricDescriptor CorrelationSimilarity { get; } = new(MetricIds.CorrelationSimilarity, MetricFamily.Fidelity, "Correlation similarity (numeric pairs)", s_unit, Direction.HigherIsBetter, MetricRequirements.None);

    /// <summary><c>fidelity.contingency_similarity</c>.</summary>
    public static MetricDescriptor ContingencySimilarity { get; } = new(MetricIds.ContingencySimilarity, MetricFamily.Fidelity, "Contingency similarity (column pairs)", s_unit, Direction.HigherIsBetter, MetricRequirements.None);

    /// <summary><c>fidelity.kmarginal</c>.</summary>
    public static MetricDescriptor KMarginal { get; } = new(MetricIds.KMarginal, MetricFamily.Fidelity, "k-marginal score (NIST style)", s_unit, Direction.HigherIsBetter, MetricRequirements.None);

    /// <summary><c>fidelity.detection_auc</c>.</summary>
    public static MetricDescriptor DetectionAuc { get; } = new(MetricIds.DetectionAuc, MetricFamily.Fidelity, "Detection AUC (real vs synthetic classifier)", s_unit, Direction.LowerIsBetter, MetricRequirements.None);

    /// <summary><c>fidelity.pmse_ratio</c>.</summary>
    public static MetricDescriptor PmseRatio { get; } = new(MetricIds.PmseRatio, MetricFamily.Fidelity, "Propensity MSE ratio", new ValueRange(0, double.PositiveInfinity), Direction.LowerIsBetter, MetricRequirements.None);

    /// <summary><c>fidelity.coverage</c>.</summary>
    public static MetricDescriptor Coverage { get; } = new(MetricIds.Coverage, MetricFamily.Fidelity, "Range and category coverage", s_unit, Direction.HigherIsBetter, MetricRequirements.None);

    /// <summary><c>fidelity.quality_score</c>.</summary>
    public static MetricDescriptor QualityScore { get; } = new(MetricIds.QualityScore, MetricFamily.Fidelity, "Overall fidelity score", s_unit, Direction.HigherIsBetter, MetricRequirements.None);

    /// <summary><c>utility.trtr</c>.</summary>
    public static MetricDescriptor Trtr { get; } = new(MetricIds.Trtr, MetricFamily.Utility, "Train real, test real (TRTR)", new ValueRange(double.NegativeInfinity, 1), Direction.HigherIsBetter, MetricRequirements.Target);

    /// <summary><c>utility.tstr</c>.</summary>
    public static MetricDescriptor Tstr { get; } = new(MetricIds.Tstr, MetricFamily.Utility, "Train synthetic, test real (TSTR)", new ValueRange(double.NegativeInfinity, 1), Direction.HigherIsBetter, MetricRequirements.Target);

    /// <summary><c>utility.ratio</c>.</summary>
    public static MetricDescriptor UtilityRatio { get; } = new(MetricIds.UtilityRatio, MetricFamily.Utility, "Utility ratio TSTR / TRTR", new ValueRange(double.NegativeInfinity, double.PositiveInfinity), Direction.HigherIsBetter, MetricRequirements.Target);

    /// <summary><c>utility.feature_importance_agreement</c>.</summary>
    public static MetricDescriptor FeatureImportanceAgreement { get; } = new(MetricIds.FeatureImportanceAgreement, MetricFamily.Utility, "Feature-importance rank agreement", s_signedUnit, Direction.HigherIsBetter, MetricRequirements.Target);

    /// <summary><c>fairness.representation</c>.</summary>
    public static MetricDescriptor Representation { get; } = new(MetricIds.Representation, MetricFamily.Fairness, "Largest protected-group share gap", s_unit, Direction.LowerIsBetter, MetricRequirements.Sensitive);

    /// <summary><c>fairness.parity_gap</c>.</summary>
    public static MetricDescriptor ParityGap { get; } = new(MetricIds.ParityGap, MetricFamily.Fairness, "Demographic-parity difference, synthetic minus real", s_signedUnit, Direction.LowerIsBetter, MetricRequirements.Sensitive | MetricRequirements.Target);

    /// <summary><c>fairness.equalized_odds_gap</c>.</summary>
    public static MetricDescriptor EqualizedOddsGap { get; } = new(MetricIds.EqualizedOddsGap, MetricFamily.Fairness, "Equalized-odds difference, TSTR minus TRTR", s_signedUnit, Direction.LowerIsBetter, MetricRequirements.Sensitive | MetricRequirements.Target);

    /// <summary><c>fairness.bias_amplification</c>.</summary>
    public static MetricDescriptor BiasAmplification { get; } = new(MetricIds.BiasAmplification, MetricFamily.Fairness, "Bias amplification", s_signedUnit, Direction.LowerIsBetter, MetricRequirements.Sensitive | MetricRequirements.Target);

    /// <summary><c>privacy.exact_match_rate</c>.</summary>
    public static MetricDescriptor ExactMatchRate { get; } = new(MetricIds.ExactMatchRate, MetricFamily.Privacy, "Exact-match rate", s_unit, Direction.LowerIsBetter, MetricRequirements.None);

    /// <summary><c>privacy.dcr_share</c>.</summary>
    public static MetricDescriptor DcrShare { get; } = new(MetricIds.DcrShare, MetricFamily.Privacy, "Share of synthetic rows closer to train than to holdout", s_unit, Direction.LowerIsBetter, MetricRequirements.Holdout);

    /// <summary><c>privacy.nndr</c>.</summary>
    public static MetricDescriptor Nndr { get; } = new(MetricIds.Nndr, MetricFamily.Privacy, "Nearest-neighbour distance ratio (5th percentile)", s_unit, Direction.HigherIsBetter, MetricRequirements.None);

    /// <summary><c>privacy.mia_distance_auc</c>.</summary>
    public static MetricDescriptor MiaDistanceAuc { get; } = new(MetricIds.MiaDistanceAuc, MetricFamily.Privacy, "Membership inference AUC (distance)", s_unit, Direction.LowerIsBetter, MetricRequirements.Holdout);

    /// <summary><c>privacy.mia_density_auc</c>.</summary>
    public static MetricDescriptor MiaDensityAuc { get; } = new(MetricIds.MiaDensityAuc, MetricFamily.Privacy, "Membership inference AUC (density ratio, DOMIAS)", s_unit, Direction.LowerIsBetter, MetricRequirements.Holdout);

    /// <summary><c>privacy.mia_shadow_auc</c> (optional: needs a generator).</summary>
    public static MetricDescriptor MiaShadowAuc { get; } = new(MetricIds.MiaShadowAuc, MetricFamily.Privacy, "Membership inference AUC (shadow-model attack on the generator)", s_unit, Direction.LowerIsBetter, MetricRequirements.Holdout);

    /// <summary><c>privacy.mia_shadow_tpr_at_1pct_fpr</c> (optional: needs a generator).</summary>
    public static MetricDescriptor MiaShadowTprAt1PctFpr { get; } = new(MetricIds.MiaShadowTprAt1PctFpr, MetricFamily.Privacy, "Membership inference TPR at 1% FPR (shadow-model attack)", s_unit, Direction.LowerIsBetter, MetricRequirements.Holdout);

    /// <summary><c>privacy.singling_out_risk</c>.</summary>
    public static MetricDescriptor SinglingOutRisk { get; } = new(MetricIds.SinglingOutRisk, MetricFamily.Privacy, "Singling-out risk", s_unit, Direction.LowerIsBetter, MetricRequirements.Holdout);

    /// <summary><c>privacy.linkability_risk</c>.</summary>
    public static MetricDescriptor LinkabilityRisk { get; } = new(MetricIds.LinkabilityRisk, MetricFamily.Privacy, "Linkability risk", s_unit, Direction.LowerIsBetter, MetricRequirements.Holdout);

    /// <summary><c>privacy.inference_risk</c>.</summary>
    public static MetricDescriptor InferenceRisk { get; } = new(MetricIds.InferenceRisk, MetricFamily.Privacy, "Attribute-inference risk", s_unit, Direction.LowerIsBetter, MetricRequirements.Holdout);

    /// <summary>Every descriptor, in contract order.</summary>
    public static IReadOnlyList<MetricDescriptor> All { get; } =
    [
        KsComplement, TvComplement, Wasserstein, CorrelationSimilarity, ContingencySimilarity, KMarginal, DetectionAuc, PmseRatio,
        Coverage, QualityScore, Trtr, Tstr, UtilityRatio, FeatureImportanceAgreement, Representation, ParityGap, EqualizedOddsGap,
        BiasAmplification, ExactMatchRate, DcrShare, Nndr, MiaDistanceAuc, MiaDensityAuc, SinglingOutRisk, LinkabilityRisk, InferenceRisk,
    ];
}
