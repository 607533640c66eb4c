namespace SynthAudit.Core.Metrics;

/// <summary>The one place where every metric of the contract is described: id, family, name, range, direction, required
/// inputs and the explanation the reports print. Metric implementations, reports, the gate and the docs read from here.</summary>
/// <remarks>The definitions, edge cases and worked examples behind each entry are in docs/metrics.md (its metric index
/// lists every id; a test checks the index against this catalog).</remarks>
public static class MetricCatalog
{
    private const string Bootstrap = "Two-sample percentile bootstrap: real and synthetic rows are resampled independently and the metric is recomputed in each replicate.";
    private const string Wilson = "Wilson score interval for a proportion.";
    private const string HoldoutFloor = "The same metric between the training data and the holdout (fresh real data) is the floor a generator cannot be expected to beat.";
    private const string Anonymeter = "Risk = (attack success − control success) / (1 − control success); attack, control and baseline rates are Wilson-score estimates and the error is propagated to first order; value and interval are clamped to [0, 1].";

    private static readonly ValueRange s_unit = ValueRange.Unit;
    private static readonly ValueRange s_signedUnit = new(-1, 1);
    private static readonly List<MetricDescriptor> s_all = [];
    private static readonly Dictionary<string, MetricExplanation> s_explanations = new(StringComparer.Ordinal);
    private static readonly List<MetricDescriptor> s_optional = [];

    /// <summary><c>fidelity.ks_complement</c>.</summary>
    public static MetricDescriptor KsComplement { get; } = Define(
        new(MetricIds.KsComplement, MetricFamily.Fidelity, "KS complement (numeric columns)", s_unit, Direction.HigherIsBetter, MetricRequirements.None),
        new(
            "For each numeric or date column, one minus the two-sample Kolmogorov–Smirnov statistic (the largest gap between the real and synthetic empirical distribution functions); the headline is the mean over columns.",
            HoldoutFloor, Bootstrap, "Massey (1951); SDMetrics KSComplement."));

    /// <summary><c>fidelity.tv_complement</c>.</summary>
    public static MetricDescriptor TvComplement { get; } = Define(
        new(MetricIds.TvComplement, MetricFamily.Fidelity, "TV complement (categorical columns)", s_unit, Direction.HigherIsBetter, MetricRequirements.None),
        new(
            "For each categorical or boolean column, one minus the total variation distance (half the sum of absolute differences of category shares); the headline is the mean over columns.",
            HoldoutFloor, Bootstrap, "SDMetrics TVComplement."));

    /// <summary><c>fidelity.wasserstein</c>.</summary>
    public static MetricDescriptor Wasserstein { get; } = Define(
        new(MetricIds.Wasserstein, MetricFamily.Fidelity, "Normalised Wasserstein-1 distance", s_unit, Direction.LowerIsBetter, MetricRequirements.None),
        new(
            "For each numeric column, the Wasserstein-1 (earth mover's) distance between the real and synthetic distributions divided by the real range; the headline is the mean over columns.",
            HoldoutFloor, Bootstrap, "Villani (2009); Vaserstein distance."));

    /// <summary><c>fidelity.correlation_similarity</c>.</summary>
    public static MetricDescriptor CorrelationSimilarity { get; } = Define(
        new(MetricIds.CorrelationSimilarity, MetricFamily.Fidelity, "Correlation similarity (numeric pairs)", s_unit, Direction.HigherIsBetter, MetricRequirements.None),
        new(
            "For each pair of numeric columns, 1 − |Pearson correlation in synthetic − correlation in real| / 2; the headline is the mean over pairs.",
            HoldoutFloor, Bootstrap, "SDMetrics CorrelationSimilarity."));

    /// <summary><c>fidelity.contingency_similarity</c>.</summary>
    public static MetricDescriptor ContingencySimilarity { get; } = Define(
        new(MetricIds.ContingencySimilarity, MetricFamily.Fidelity, "Contingency similarity (column pairs)", s_unit, Direction.HigherIsBetter, MetricRequirements.None),
        new(
            "For each pair of columns (numeric ones binned), one minus the total variation distance between the real and synthetic two-way tables; the headline is the mean over pairs.",
            HoldoutFloor, Bootstrap, "SDMetrics ContingencySimilarity."));

    /// <summary><c>fidelity.kmarginal</c>.</summary>
    public static MetricDescriptor KMarginal { get; } = Define(
        new(MetricIds.KMarginal, MetricFamily.Fidelity, "k-marginal score (NIST style)", s_unit, Direction.HigherIsBetter, MetricRequirements.None),
        new(
            "NIST-style k-marginal score: for random sets of k columns (binned), one minus half the L1 distance between the real and synthetic k-way marginals, averaged over the sets.",
            "The score of a real subsample of the same size (SDNist's subsample scores) shows what sampling noise alone costs.", Bootstrap,
            "NIST CRC Data and Metrics Archive; SDNist k-marginal."));

    /// <summary><c>fidelity.detection_auc</c>.</summary>
    public static MetricDescriptor DetectionAuc { get; } = Define(
        new(MetricIds.DetectionAuc, MetricFamily.Fidelity, "Detection AUC (real vs synthetic classifier)", s_unit, Direction.LowerIsBetter, MetricRequirements.None),
        new(
            "A classifier is trained to tell real rows from synthetic rows; the metric is its cross-validated ROC AUC. 0.5 means it cannot tell them apart; 1 means every synthetic row is recognisable.",
            "0.5 (indistinguishable).", "DeLong variance of the AUC (exact AUC with ties).", "Classifier two-sample tests, Lopez-Paz and Oquab (2017); DeLong et al. (1988)."));

    /// <summary><c>fidelity.pmse_ratio</c>.</summary>
    public static MetricDescriptor PmseRatio { get; } = Define(
        new(MetricIds.PmseRatio, MetricFamily.Fidelity, "Propensity MSE ratio", new ValueRange(0, double.PositiveInfinity), Direction.LowerIsBetter, MetricRequirements.None),
        new(
            "Propensity mean-squared error of a model predicting whether a row is synthetic, divided by its expected value under the null that both sets come from one distribution (standardised pMSE). 1 is what indistinguishable data gives.",
            "1 (the null expectation).", Bootstrap, "Snoke, Raab, Nowok, Dibben and Slavkovic (2018)."));

    /// <summary><c>fidelity.coverage</c>.</summary>
    public static MetricDescriptor Coverage { get; } = Define(
        new(MetricIds.Coverage, MetricFamily.Fidelity, "Range and category coverage", s_unit, Direction.HigherIsBetter, MetricRequirements.None),
        new(
            "How much of the real support the synthetic data covers: the share of real numeric ranges and of real categories that appear in the synthetic data, averaged over columns.",
            HoldoutFloor, Bootstrap, "SDMetrics RangeCoverage and CategoryCoverage."));

    /// <summary><c>fidelity.quality_score</c>.</summary>
    public static MetricDescriptor QualityScore { get; } = Define(
        new(MetricIds.QualityScore, MetricFamily.Fidelity, "Overall fidelity score", s_unit, Direction.HigherIsBetter, MetricRequirements.None),
        new(
            "The overall fidelity score: the mean of column shapes, column-pair trends, the k-marginal score and the detection score (each on [0, 1]); the weakest component is reported with it, and the overall number is never shown without its components.",
            HoldoutFloor, "Bootstrap recomputing the whole aggregate inside each replicate.", "SynthAudit design, after SDMetrics QualityReport."));

    /// <summary><c>utility.trtr</c>.</summary>
    public static MetricDescriptor Trtr { get; } = Define(
        new(MetricIds.Trtr, MetricFamily.Utility, "Train real, test real (TRTR)", new ValueRange(double.NegativeInfinity, 1), Direction.HigherIsBetter, MetricRequirements.Target),
        new(
            "A model is trained on the real training data and scored on the holdout (ROC AUC for a binary target, accuracy or R² otherwise). It is the reference the synthetic data is compared with.",
            "The score of a majority-class or mean predictor.", "DeLong for AUC; bootstrap over holdout rows otherwise.", "Jordon et al., 'Synthetic Data – what, why and how?' (2022)."));

    /// <summary><c>utility.tstr</c>.</summary>
    public static MetricDescriptor Tstr { get; } = Define(
        new(MetricIds.Tstr, MetricFamily.Utility, "Train synthetic, test real (TSTR)", new ValueRange(double.NegativeInfinity, 1), Direction.HigherIsBetter, MetricRequirements.Target),
        new(
            "The same model trained on the synthetic data and scored on the same real holdout (train synthetic, test real).",
            "TRTR: a synthetic set is as useful as the real one when TSTR reaches TRTR.", "DeLong for AUC; bootstrap over holdout rows otherwise.",
            "Esteban, Hyland and Rätsch (2017)."));

    /// <summary><c>utility.ratio</c>.</summary>
    public static MetricDescriptor UtilityRatio { get; } = Define(
        new(MetricIds.UtilityRatio, MetricFamily.Utility, "Utility ratio TSTR / TRTR", new ValueRange(double.NegativeInfinity, double.PositiveInfinity), Direction.HigherIsBetter, MetricRequirements.Target),
        new(
            "TSTR divided by TRTR: 1 means models trained on the synthetic data do as well on real data as models trained on real data.",
            "1.", "Paired bootstrap over holdout rows.", "SynthAudit design."));

    /// <summary><c>utility.feature_importance_agreement</c>.</summary>
    public static MetricDescriptor FeatureImportanceAgreement { get; } = Define(
        new(MetricIds.FeatureImportanceAgreement, MetricFamily.Utility, "Feature-importance rank agreement", s_signedUnit, Direction.HigherIsBetter, MetricRequirements.Target),
        new(
            "Spearman rank correlation between the feature importances of the TSTR and the TRTR model: do both models rely on the same columns?",
            "1 (identical ranking); 0 is no agreement.", "Fisher z interval of the rank correlation.", "Spearman (1904)."));

    /// <summary><c>fairness.representation</c>.</summary>
    public static MetricDescriptor Representation { get; } = Define(
        new(MetricIds.Representation, MetricFamily.Fairness, "Largest protected-group share gap", s_unit, Direction.LowerIsBetter, MetricRequirements.Sensitive),
        new(
            "For each protected group, its share in the synthetic data minus its share in the real data; the headline is the largest absolute gap. Groups whose share ratio lies outside [0.8, 1.25] are flagged when the interval excludes 1.",
            "0 (the same shares).", "Wilson interval per share; bootstrap for the largest gap.", "SynthAudit design, docs/metrics.md section 5.1."));

    /// <summary><c>fairness.parity_gap</c>.</summary>
    public static MetricDescriptor ParityGap { get; } = Define(
        new(MetricIds.ParityGap, MetricFamily.Fairness, "Demographic-parity difference, synthetic minus real", s_signedUnit, Direction.LowerIsBetter, MetricRequirements.Sensitive | MetricRequirements.Target),
        new(
            "Demographic-parity difference (largest minus smallest positive-outcome rate across groups) in the synthetic data minus the same difference in the real data. Positive values mean the synthetic data widens the disparity.",
            "0 (the real disparity kept).", "Bootstrap stratified by group.", "Feldman et al. (2015); four-fifths rule, 29 CFR 1607.4(D)."));

    /// <summary><c>fairness.equalized_odds_gap</c>.</summary>
    public static MetricDescriptor EqualizedOddsGap { get; } = Define(
        new(MetricIds.EqualizedOddsGap, MetricFamily.Fairness, "Equalized-odds difference, TSTR minus TRTR", s_signedUnit, Direction.LowerIsBetter, MetricRequirements.Sensitive | MetricRequirements.Target),
        new(
            "Equalized-odds difference (largest gap in true- or false-positive rate across groups) of the model trained on synthetic data minus that of the model trained on real data, both evaluated on the holdout.",
            "0.", "Paired bootstrap over holdout rows, stratified by group.", "Hardt, Price and Srebro (2016); fairlearn."));

    /// <summary><c>fairness.bias_amplification</c>.</summary>
    public static MetricDescriptor BiasAmplification { get; } = Define(
        new(MetricIds.BiasAmplification, MetricFamily.Fairness, "Bias amplification", s_signedUnit, Direction.LowerIsBetter, MetricRequirements.Sensitive | MetricRequirements.Target),
        new(
            "How much the synthetic data widens a real disparity: the disparity measured on synthetic data minus the same disparity on real data (difference in differences); significant only if its interval excludes 0.",
            "0.", "Bootstrap.", "Zhao et al. (2017); docs/metrics.md section 5.4."));

    /// <summary><c>privacy.exact_match_rate</c>.</summary>
    public static MetricDescriptor ExactMatchRate { get; } = Define(
        new(MetricIds.ExactMatchRate, MetricFamily.Privacy, "Exact-match rate", s_unit, Direction.LowerIsBetter, MetricRequirements.None),
        new(
            "The share of synthetic rows identical (after rounding and trimming) to some real training row.",
            "The same rate against the holdout: matches just as frequent there are common records, not leakage.", Wilson, "SDNist unique exact matches."));

    /// <summary><c>privacy.dcr_share</c>.</summary>
    public static MetricDescriptor DcrShare { get; } = Define(
        new(MetricIds.DcrShare, MetricFamily.Privacy, "Share of synthetic rows closer to train than to holdout", s_unit, Direction.LowerIsBetter, MetricRequirements.Holdout),
        new(
            "For each synthetic row, the Gower distance to the closest training row and to the closest holdout row; the metric is the share of synthetic rows closer to training than to holdout (ties count half).",
            "n_train / (n_train + n_holdout), 0.5 for equal sizes: the share expected if the generator did not memorise.", Wilson, "Platzer and Reutterer (2021); SDMetrics DCROverfittingProtection."));

    /// <summary><c>privacy.nndr</c>.</summary>
    public static MetricDescriptor Nndr { get; } = Define(
        new(MetricIds.Nndr, MetricFamily.Privacy, "Nearest-neighbour distance ratio (5th percentile)", s_unit, Direction.HigherIsBetter, MetricRequirements.None),
        new(
            "Nearest-neighbour distance ratio: distance to the closest real row divided by distance to the second closest; the metric is the 5th percentile over synthetic rows. Small values mean a synthetic row sits next to one specific real row.",
            "The same statistic for holdout rows measured against the training data.", Bootstrap, "Lowe (2004); synthcity."));

    /// <summary><c>privacy.mia_distance_auc</c>.</summary>
    public static MetricDescriptor MiaDistanceAuc { get; } = Define(
        new(MetricIds.MiaDistanceAuc, MetricFamily.Privacy, "Membership inference AUC (distance)", s_unit, Direction.LowerIsBetter, MetricRequirements.Holdout),
        new(
            "Membership inference: an attacker scores training members and holdout non-members by their distance to the closest synthetic row; the metric is the ROC AUC of that score.",
            "0.5 (the attacker cannot tell members from non-members).", "DeLong.", "Shokri et al. (2017); Hayes et al. (2019)."));

    /// <summary><c>privacy.mia_density_auc</c>.</summary>
    public static MetricDescriptor MiaDensityAuc { get; } = Define(
        new(MetricIds.MiaDensityAuc, MetricFamily.Privacy, "Membership inference AUC (density ratio, DOMIAS)", s_unit, Direction.LowerIsBetter, MetricRequirements.Holdout),
        new(
            "DOMIAS membership inference: the score is the ratio of a density fitted on the synthetic data to a density fitted on reference real non-members; the metric is the ROC AUC.",
            "0.5.", "DeLong.", "van Breugel et al., AISTATS 2023."));

    /// <summary><c>privacy.singling_out_risk</c>.</summary>
    public static MetricDescriptor SinglingOutRisk { get; } = Define(
        new(MetricIds.SinglingOutRisk, MetricFamily.Privacy, "Singling-out risk", s_unit, Direction.LowerIsBetter, MetricRequirements.Holdout),
        new(
            "Anonymeter singling-out attack: predicates built from the synthetic data are tested on the training data; an attack succeeds when a predicate isolates exactly one real row. " + Anonymeter,
            "A naive attacker with random predicates; the control attack on the holdout.", "Wilson score with first-order error propagation.", "Giomi et al., PoPETs 2023 (Anonymeter)."));

    /// <summary><c>privacy.linkability_risk</c>.</summary>
    public static MetricDescriptor LinkabilityRisk { get; } = Define(
        new(MetricIds.LinkabilityRisk, MetricFamily.Privacy, "Linkability risk", s_unit, Direction.LowerIsBetter, MetricRequirements.Holdout),
        new(
            "Anonymeter linkability attack: the attacker holds two disjoint sets of a target's columns and links them through the nearest synthetic rows; success when both point to the same synthetic row. " + Anonymeter,
            "Random linking; the control attack on the holdout.", "Wilson score with first-order error propagation.", "Giomi et al., PoPETs 2023 (Anonymeter)."));

    /// <summary><c>privacy.inference_risk</c>.</summary>
    public static MetricDescriptor InferenceRisk { get; } = Define(
        new(MetricIds.InferenceRisk, MetricFamily.Privacy, "Attribute-inference risk", s_unit, Direction.LowerIsBetter, MetricRequirements.Holdout),
        new(
            "Anonymeter attribute-inference attack: the attacker knows some of a target's columns and guesses a secret column from the nearest synthetic row; the metric is the largest risk over the candidate secrets. " + Anonymeter,
            "Guessing from a random synthetic row; the control attack on the holdout.", "Wilson score with first-order error propagation.", "Giomi et al., PoPETs 2023 (Anonymeter)."));

    /// <summary><c>privacy.mia_shadow_auc</c> (optional: only with a generator to attack).</summary>
    public static MetricDescriptor MiaShadowAuc { get; } = DefineOptional(
        new(MetricIds.MiaShadowAuc, MetricFamily.Privacy, "Membership inference AUC (shadow-model attack on the generator)", s_unit, Direction.LowerIsBetter, MetricRequirements.Holdout),
        new(
            "Shadow-model membership inference (only with audit --generator or --builtin): the generator is retrained on shadow sets with and without each target record; an attack classifier on features of its outputs (distances, marginal counts, density ratio) is trained on half of the runs and scored on the other half; the metric is the pooled ROC AUC. The full report is attack.json/attack.html.",
            "0.5.", "DeLong.", "Steinke, Nasr & Jagielski, NeurIPS 2023; Houssiau et al. 2022 (TAPAS)."));

    /// <summary><c>privacy.mia_shadow_tpr_at_1pct_fpr</c> (optional: only with a generator to attack).</summary>
    public static MetricDescriptor MiaShadowTprAt1PctFpr { get; } = DefineOptional(
        new(MetricIds.MiaShadowTprAt1PctFpr, MetricFamily.Privacy, "Membership inference TPR at 1% FPR (shadow-model attack)", s_unit, Direction.LowerIsBetter, MetricRequirements.Holdout),
        new(
            "The shadow-model attack's true-positive rate at a false-positive rate of at most 1%: how many training records it recognises while almost never accusing a non-member.",
            "0.01.", "Clopper-Pearson.", "Carlini et al., IEEE S&P 2022."));

    /// <summary>Every descriptor, in contract order.</summary>
    public static IReadOnlyList<MetricDescriptor> All { get; } = [.. s_all];

    /// <summary>Every id, in contract order.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. s_all.Select(d => d.Id)];

    /// <summary>The optional descriptors (not in <see cref="All"/>): metrics that need an extra input, such as a generator.</summary>
    public static IReadOnlyList<MetricDescriptor> Optional { get; } = [.. s_optional];

    /// <summary>The ids of <see cref="Optional"/>.</summary>
    public static IReadOnlyList<string> OptionalIds { get; } = [.. s_optional.Select(d => d.Id)];

    /// <summary>The descriptor of <paramref name="metricId"/>, or null for an id this build does not know.</summary>
    public static MetricDescriptor? Find(string metricId) =>
        s_all.Find(d => string.Equals(d.Id, metricId, StringComparison.Ordinal)) ?? s_optional.Find(d => string.Equals(d.Id, metricId, StringComparison.Ordinal));

    /// <summary>The explanation of <paramref name="metricId"/> for the Methods section of the reports, or null for an id
    /// this build does not know.</summary>
    public static MetricExplanation? Explain(string metricId) => s_explanations.GetValueOrDefault(metricId);

    private static MetricDescriptor Define(MetricDescriptor descriptor, MetricExplanation explanation)
    {
        s_all.Add(descriptor);
        s_explanations.Add(descriptor.Id, explanation);
        return descriptor;
    }

    private static MetricDescriptor DefineOptional(MetricDescriptor descriptor, MetricExplanation explanation)
    {
        s_optional.Add(descriptor);
        s_explanations.Add(descriptor.Id, explanation);
        return descriptor;
    }
}
