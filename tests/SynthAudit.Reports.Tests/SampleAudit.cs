using System.Collections.Immutable;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Provenance;
using SynthAudit.Core.Results;
using SynthAudit.Core.Results.Compliance;
using SynthAudit.Core.Schema;

namespace SynthAudit.Reports.Tests;

/// <summary>A realistic audit of an Adult-like dataset: every family, some skipped metrics, figures of every kind,
/// warnings, small groups and a DP guarantee.</summary>
internal static class SampleAudit
{
    public const string HostileName = "<script>alert(1)</script> \"q\" 'a' & b|c";

    private static readonly ValueRange s_unit = ValueRange.Unit;

    public static readonly string[] NumericColumns = ["age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week"];

    public static readonly string[] CategoricalColumns = ["workclass", "education", "marital-status", "occupation", "relationship", "race", "sex", "native-country", "income-per-year"];

    public static AuditResult Create(string? hostileColumn = null)
    {
        var numeric = hostileColumn is null ? NumericColumns : [.. NumericColumns.Take(5), hostileColumn];
        var schema = numeric.Select(n => new ColumnSchema(n, ColumnKind.Numeric, ColumnRole.Feature))
            .Concat(CategoricalColumns.Select(n => new ColumnSchema(n, ColumnKind.Categorical,
                n == "income-per-year" ? ColumnRole.Target : n is "sex" or "race" ? ColumnRole.Sensitive : ColumnRole.Feature)))
            .Append(new ColumnSchema("record_id", ColumnKind.Identifier, ColumnRole.Excluded))
            .ToImmutableArray();
        var metrics = Metrics(numeric).ToImmutableArray();
        var summary = new AuditSummary(
        [
            new FamilyVerdict(MetricFamily.Fidelity, "good", MetricIds.QualityScore, 0.912, Ci(0.905, 0.918), "The synthetic columns and pairs follow the real data closely; the weakest component is detection (0.71)."),
            new FamilyVerdict(MetricFamily.Utility, "fair", MetricIds.UtilityRatio, 0.94, Ci(0.925, 0.955), "Models trained on synthetic data keep 94% of the real model's AUC."),
            new FamilyVerdict(MetricFamily.Fairness, "poor", MetricIds.ParityGap, 0.061, Ci(0.041, 0.082), "The synthetic data widens the income gap between sexes by 6 points."),
            new FamilyVerdict(MetricFamily.Privacy, "good", MetricIds.SinglingOutRisk, 0.012, Ci(0.0, 0.031), "No attack does clearly better on training rows than on holdout rows."),
        ],
        [
            new GdprCriterionAssessment("singling_out", "low", MetricIds.SinglingOutRisk, 0.012, Ci(0.0, 0.031), "low if the upper CI bound < 0.05"),
            new GdprCriterionAssessment("linkability", "low", MetricIds.LinkabilityRisk, 0.004, Ci(0.0, 0.019), "low if the upper CI bound < 0.05"),
            new GdprCriterionAssessment("inference", "medium", MetricIds.InferenceRisk, 0.071, Ci(0.032, 0.11), "medium if the CI straddles 0.05"),
        ],
        "AUC 0.507 [0.482, 0.532]: indistinguishable from guessing.");
        return new AuditResult(AuditResult.CurrentSchemaVersion, new ToolInfo("synthaudit", "0.1.0"), new DateTimeOffset(2026, 11, 22, 14, 3, 7, TimeSpan.Zero), 42,
            [
                new InputInfo("real", "fixtures/adult/train.csv", new string('a', 64), 22793, 16),
                new InputInfo("synthetic", "out/adult-mst.csv", new string('b', 64), 22793, 16),
                new InputInfo("holdout", "fixtures/adult/holdout.csv", new string('c', 64), 9768, 16),
            ],
            schema, metrics, summary,
            ["Column 'record_id' looks like an identifier (all values unique) and was excluded.", "12 synthetic rows had values outside the real range and were kept."])
        {
            DatasetName = "adult",
            CommandLine = "synthaudit audit --real fixtures/adult/train.csv --synthetic out/adult-mst.csv --holdout fixtures/adult/holdout.csv --target income-per-year --sensitive sex,race --seed 42",
            Settings = [new("bootstrapResamples", "200"), new("confidenceLevel", "0.95"), new("configSha256", new string('d', 64))],
            DpGuarantee = new DpGuarantee("mst", 1.0, 1e-6, 0.0143,
                [new DpMeasurement(["age"], 12.5, 74), new DpMeasurement(["age", "sex"], 17.7, 148)], new string('e', 64), "public",
                [new DpLedgerEntry("1-way marginals", "gaussian", 0.0048, "sigma 12.5 per cell"), new DpLedgerEntry("tree selection", "exponential", 0.0047, "epsilon 0.097, sensitivity 2"), new DpLedgerEntry("2-way marginals", "gaussian", 0.0048, "sigma 17.7 per cell")])
            {
                Rows = 22793,
                ToolVersion = "0.1.0",
                Warnings = ["3 values of 'capital-gain' were clipped to the public domain."],
            },
            ThreatModel = new ThreatModel(["age", "sex", "race", "native-country"], ["income-per-year"], "public", true, true, false,
                ["No release context was declared, so a public release is assumed."]),
            IdentifierScan =
            [
                new IdentifierFinding("zip", "(B) geographic subdivisions smaller than a state", IdentifierStatus.Fail, "pattern 5-digit ZIP in 100.0% of values") { Table = "both" },
                new IdentifierFinding("email", "(F) email addresses", IdentifierStatus.Fail, "pattern e-mail address in 100.0% of values; CRITICAL: 2.0% of synthetic values (4 rows) copy a real value verbatim") { Table = "both", Critical = true },
                new IdentifierFinding(null, "(G) social security numbers", IdentifierStatus.Pass, "no column name or value pattern matched"),
                new IdentifierFinding(null, "(R) any other unique identifying number, characteristic, or code", IdentifierStatus.NeedsReview, "no scan can rule it out"),
            ],
            Review = new ReviewContext("gdpr", "gdpr-wp29", "gdpr-wp29.yml", new string('f', 64),
            [
                new PolicyThreshold(MetricIds.SinglingOutRisk, "max", 0.1, "WP216 section 3.1 (criterion); number: SynthAudit convention", "A risk shown to stay below 0.10 is low.", "PASS", 0.012, Ci(0.0, 0.031)),
                new PolicyThreshold(MetricIds.MiaShadowAuc, "max", 0.6, "EDPB Opinion 28/2024 para. 43", "Membership must be insignificant.", "not evaluated", null, null),
            ], ReviewDecision.Empty with { Role = "Data protection officer" }),
        };
    }

    public static ConfidenceInterval Ci(double low, double high) => new(low, high, 0.95);

    private static MetricDescriptor D(string id, MetricFamily f, string name, Direction d, ValueRange? range = null) =>
        new(id, f, name, range ?? s_unit, d, MetricRequirements.None);

    private static IEnumerable<MetricResult> Metrics(string[] numeric)
    {
        var hi = Direction.HigherIsBetter;
        var lo = Direction.LowerIsBetter;
        var fid = MetricFamily.Fidelity;
        yield return MetricResult.Ok(D(MetricIds.KsComplement, fid, "KS complement (numeric columns)", hi), 0.934, Ci(0.928, 0.94), 0.987,
            numeric.Select((c, i) => new BreakdownEntry(c, 0.88 + 0.02 * i, Ci(0.87 + 0.02 * i, 0.89 + 0.02 * i), 0.98))) with
        {
            CiMethod = "bootstrap-percentile (200)",
            Figures = [.. numeric.Take(3).Select((c, i) => Histogram(c, i))],
        };
        yield return MetricResult.Ok(D(MetricIds.TvComplement, fid, "TV complement (categorical columns)", hi), 0.951, Ci(0.946, 0.956), 0.991,
            CategoricalColumns.Select((c, i) => new BreakdownEntry(c, 0.9 + 0.01 * i))) with { CiMethod = "bootstrap-percentile (200)" };
        yield return MetricResult.Ok(D(MetricIds.Wasserstein, fid, "Normalised Wasserstein-1 distance", lo), 0.018, Ci(0.015, 0.021), 0.004) with { CiMethod = "bootstrap-percentile (200)" };
        yield return MetricResult.Ok(D(MetricIds.CorrelationSimilarity, fid, "Correlation similarity (numeric pairs)", hi), 0.962, Ci(0.955, 0.968), 0.993) with
        {
            Figures = [Heatmap(numeric)],
        };
        yield return MetricResult.Ok(D(MetricIds.ContingencySimilarity, fid, "Contingency similarity (column pairs)", hi), 0.881, Ci(0.876, 0.887), 0.972);
        yield return MetricResult.Ok(D(MetricIds.KMarginal, fid, "k-marginal score (NIST style)", hi), 0.842, Ci(0.835, 0.85), 0.951);
        yield return MetricResult.Ok(D(MetricIds.DetectionAuc, fid, "Detection AUC (real vs synthetic classifier)", lo), 0.71, Ci(0.702, 0.718), 0.5) with { CiMethod = "delong" };
        yield return MetricResult.Skipped(D(MetricIds.PmseRatio, fid, "Propensity MSE ratio", lo, new ValueRange(0, double.PositiveInfinity)), "not enough rows for 5-fold propensity model");
        yield return MetricResult.Ok(D(MetricIds.Coverage, fid, "Range and category coverage", hi), 0.973, Ci(0.97, 0.976), 0.995);
        yield return MetricResult.Ok(D(MetricIds.QualityScore, fid, "Overall fidelity score", hi), 0.912, Ci(0.905, 0.918), 0.978,
            [new BreakdownEntry("column shapes", 0.942), new BreakdownEntry("column pair trends", 0.921), new BreakdownEntry("k-marginal", 0.842), new BreakdownEntry("detection", 0.71)]);

        var ut = MetricFamily.Utility;
        var open = new ValueRange(double.NegativeInfinity, 1);
        yield return MetricResult.Ok(D(MetricIds.Trtr, ut, "Train real, test real (TRTR)", hi, open), 0.902, Ci(0.896, 0.908), 0.5,
            [new BreakdownEntry("logistic regression", 0.895, Ci(0.889, 0.901)), new BreakdownEntry("boosted trees", 0.902, Ci(0.896, 0.908))]) with { CiMethod = "delong" };
        yield return MetricResult.Ok(D(MetricIds.Tstr, ut, "Train synthetic, test real (TSTR)", hi, open), 0.848, Ci(0.841, 0.855), 0.5,
            [new BreakdownEntry("logistic regression", 0.861, Ci(0.854, 0.868)), new BreakdownEntry("boosted trees", 0.848, Ci(0.841, 0.855))]) with
        {
            CiMethod = "delong",
            Figures = [Roc("ROC curves on the real holdout", ("TRTR (boosted trees)", 2.6), ("TSTR (boosted trees)", 1.7))],
        };
        yield return MetricResult.Ok(D(MetricIds.UtilityRatio, ut, "Utility ratio TSTR / TRTR", hi, new ValueRange(double.NegativeInfinity, double.PositiveInfinity)), 0.94, Ci(0.925, 0.955));
        yield return MetricResult.Ok(D(MetricIds.FeatureImportanceAgreement, ut, "Feature-importance rank agreement", hi, new ValueRange(-1, 1)), 0.78, Ci(0.52, 0.91)) with
        {
            Figures = [new FigureData("utility.importance", "Feature importance: real vs synthetic model", FigureKind.Bars, "feature", "importance (gain share)",
                ["relationship", "capital-gain", "education-num", "age", "hours-per-week", "occupation"],
                [new FigureSeries("TRTR", [], [0.31, 0.22, 0.15, 0.12, 0.08, 0.07]), new FigureSeries("TSTR", [], [0.27, 0.18, 0.17, 0.14, 0.1, 0.06])])],
        };

        var fair = MetricFamily.Fairness;
        yield return MetricResult.Ok(D(MetricIds.Representation, fair, "Largest protected-group share gap", lo), 0.021, Ci(0.014, 0.028), 0,
            [new BreakdownEntry("sex=Male", 0.021, Ci(0.014, 0.028), Note: "n=15,269"), new BreakdownEntry("sex=Female", -0.021, Ci(-0.028, -0.014)),
             new BreakdownEntry("race=Amer-Indian-Eskimo", 0.003, Note: "n=7"), new BreakdownEntry("race=White", 0.012)]) with
        {
            Warnings = ["1 group has fewer than 30 rows and was excluded from the gap."],
            Figures = [new FigureData("fairness.shares", "Group shares", FigureKind.Bars, "group", "share of rows",
                ["Male", "Female", "White", "Black", "(other)"],
                [new FigureSeries("real", [], [0.669, 0.331, 0.854, 0.096, 0.05]), new FigureSeries("synthetic", [], [0.69, 0.31, 0.866, 0.088, 0.046])])],
        };
        yield return MetricResult.Ok(D(MetricIds.ParityGap, fair, "Demographic-parity difference, synthetic minus real", lo, new ValueRange(-1, 1)), 0.061, Ci(0.041, 0.082), 0);
        yield return MetricResult.Ok(D(MetricIds.EqualizedOddsGap, fair, "Equalized-odds difference, TSTR minus TRTR", lo, new ValueRange(-1, 1)), 0.034, Ci(-0.01, 0.078), 0);
        yield return MetricResult.Skipped(D(MetricIds.BiasAmplification, fair, "Bias amplification", lo, new ValueRange(-1, 1)), "needs a binary target with both classes in every group");

        var pr = MetricFamily.Privacy;
        yield return MetricResult.Ok(D(MetricIds.ExactMatchRate, pr, "Exact-match rate", lo), 0.0004, Ci(0.0002, 0.0008), 0.0003) with { CiMethod = "wilson" };
        yield return MetricResult.Ok(D(MetricIds.DcrShare, pr, "Share of synthetic rows closer to train than to holdout", lo), 0.703, Ci(0.697, 0.709), 0.7) with
        {
            CiMethod = "wilson",
            Figures = [new FigureData("privacy.dcr", "Distance to closest record", FigureKind.Histogram, "Gower distance", "share of rows",
                [], [new FigureSeries("synthetic → train", [0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12], [0.08, 0.31, 0.29, 0.18, 0.09, 0.05]),
                     new FigureSeries("holdout → train", [0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12], [0.06, 0.29, 0.31, 0.19, 0.1, 0.05])])],
        };
        yield return MetricResult.Ok(D(MetricIds.Nndr, pr, "Nearest-neighbour distance ratio (5th percentile)", hi), 0.41, Ci(0.39, 0.43), 0.42);
        yield return MetricResult.Ok(D(MetricIds.MiaDistanceAuc, pr, "Membership inference AUC (distance)", lo), 0.507, Ci(0.482, 0.532), 0.5) with
        {
            CiMethod = "delong",
            Figures = [Roc("Membership inference ROC", ("distance attack", 1.05))],
        };
        yield return MetricResult.Skipped(D(MetricIds.MiaDensityAuc, pr, "Membership inference AUC (density ratio, DOMIAS)", lo), "needs --holdout with at least 200 rows for the reference density");
        yield return MetricResult.Ok(D(MetricIds.SinglingOutRisk, pr, "Singling-out risk", lo), 0.012, Ci(0, 0.031), 0.004) with { CiMethod = "wilson + error propagation" };
        yield return MetricResult.Ok(D(MetricIds.LinkabilityRisk, pr, "Linkability risk", lo), 0.004, Ci(0, 0.019), 0.002) with { CiMethod = "wilson + error propagation" };
        yield return MetricResult.Ok(D(MetricIds.InferenceRisk, pr, "Attribute-inference risk", lo), 0.071, Ci(0.032, 0.11), 0.021,
            [new BreakdownEntry("income-per-year", 0.071, Ci(0.032, 0.11), 0.021), new BreakdownEntry("marital-status", 0.044, Ci(0.01, 0.078), 0.018)]) with
        {
            CiMethod = "wilson + error propagation",
            Warnings = ["Only 412 of 500 singling-out queries were found; the risk may be underestimated."],
        };
    }

    private static FigureData Histogram(string column, int index)
    {
        var edges = Enumerable.Range(0, 13).Select(i => 17 + i * 6.0).ToImmutableArray();
        var real = Enumerable.Range(0, 12).Select(i => Math.Round(Math.Exp(-Math.Pow((i - 4.0 - index) / 3.0, 2)) / 5.3, 4)).ToImmutableArray();
        var synth = Enumerable.Range(0, 12).Select(i => Math.Round(Math.Exp(-Math.Pow((i - 4.6 - index) / 3.4, 2)) / 5.9, 4)).ToImmutableArray();
        return new FigureData("fidelity.distribution." + column, "Distribution of " + column, FigureKind.Histogram, column, "share of rows", [],
            [new FigureSeries("real", edges, real), new FigureSeries("synthetic", edges, synth)]);
    }

    private static FigureData Heatmap(string[] columns)
    {
        var rows = columns.Select((_, i) => new FigureSeries(columns[i], [],
            [.. columns.Select((_, j) => i == j ? 0 : Math.Round(0.01 + 0.13 * Math.Abs(Math.Sin(i * 1.3 + j * 0.7)) * (i == 3 || j == 3 ? 1.6 : 1), 3))])).ToImmutableArray();
        return new FigureData("fidelity.association_difference", "Association difference |real − synthetic|", FigureKind.Heatmap, "column", "absolute difference of Cramér's V / correlation",
            [.. columns], rows);
    }

    private static FigureData Roc(string title, params (string Name, double Power)[] curves)
    {
        var xs = Enumerable.Range(0, 21).Select(i => i / 20.0).ToImmutableArray();
        return new FigureData("roc." + title.Length, title, FigureKind.Lines, "false positive rate", "true positive rate", [],
            [.. curves.Select(c => new FigureSeries(c.Name, xs, [.. xs.Select(x => Math.Round(Math.Pow(x, 1 / c.Power), 4))]))]);
    }

    public static ComparisonResult Comparison()
    {
        var a = Create();
        var b = a with { DatasetName = "adult" };
        var families = Enum.GetValues<MetricFamily>();
        ComparedGenerator G(string name, AuditResult audit, params int[] ranks) =>
            new(name, audit, [.. families.Select((f, i) => new KeyValuePair<MetricFamily, int>(f, ranks[i]))]);
        var generators = ImmutableArray.Create(G("mst|eps=1", a, 1, 2, 2, 1), G("aim", b, 2, 1, 1, 2), G("ctgan", b, 3, 3, 3, 3));
        var rows = a.Metrics.Where(m => m.Metric.Id is MetricIds.QualityScore or MetricIds.UtilityRatio or MetricIds.ParityGap or MetricIds.SinglingOutRisk or MetricIds.MiaDensityAuc)
            .Select(m => new LeaderboardRow(m.Metric,
            [
                new LeaderboardCell("mst|eps=1", m.Value, m.Ci, m.Value is null ? null : 1, m.Value is null ? [] : ["ctgan"]),
                new LeaderboardCell("aim", m.Value is { } v ? v * 0.98 : null, m.Ci, m.Value is null ? null : 2, []),
                new LeaderboardCell("ctgan", m.Value is { } w ? w * 0.9 : null, m.Ci, m.Value is null ? null : 3, []),
            ])).ToImmutableArray();
        return new ComparisonResult(1, a.Tool, a.CreatedUtc, 42, generators, rows, ["ctgan: 3 rows dropped (unparseable)."])
        {
            DatasetName = "adult",
            TradeOff = [new TradeOffPoint("mst|eps=1", 0.91, 0.012, true), new TradeOffPoint("aim", 0.93, 0.03, true), new TradeOffPoint("ctgan", 0.86, 0.08, false)],
        };
    }
}
