using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Provenance;
using SynthAudit.Core.Results;
using SynthAudit.Core.Schema;
using SynthAudit.Reports.Charts;
using SynthAudit.Reports.Document;
using SynthAudit.Reports.Text;

namespace SynthAudit.Reports.Building;

/// <summary>Turns an <see cref="AuditResult"/> into the eight sections of the audit report, driven by the data it contains.</summary>
/// <remarks>Every metric result is shown generically (value, interval, baseline, status or reason, interval method,
/// warnings, breakdown and figures), so new metrics need no report code. Skipped metrics appear with their reason; a family
/// with nothing evaluated says so.</remarks>
public static class AuditReportBuilder
{
    /// <summary>The width charts are laid out at (points; the PDF text width).</summary>
    public const double ChartWidth = 480;

    /// <summary>The most breakdown rows shown per metric; the rest are counted and left to audit.json.</summary>
    public const int MaxBreakdownRows = 6;

    /// <summary>Charts per row for a metric's small multiples (per-column distributions, per-group rates).</summary>
    public const int GridColumns = 2;

    /// <summary>Builds the report document.</summary>
    public static ReportDocument Build(AuditResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sections = ImmutableArray.CreateBuilder<ReportSection>();
        // The reviewer's pages come first (issue 16); the detailed report runs on after them (a new page for it left most of
        // a page empty, issue 18).
        sections.AddRange(Review.ReviewerPagesBuilder.Build(result));
        sections.Add(Summary(result));
        sections.Add(Provenance(result));
        sections.Add(DataAndSchema(result));
        sections.Add(Family(result, MetricFamily.Fidelity, "4. Fidelity", "fidelity", FidelityIntro));
        sections.Add(Family(result, MetricFamily.Utility, "5. Utility", "utility", UtilityIntro));
        sections.Add(Family(result, MetricFamily.Fairness, "6. Bias and fairness", "fairness", FairnessIntro));
        sections.Add(Privacy(result));
        sections.Add(Methods(result.Metrics, "8. Methods"));
        if (WarningAppendix(result) is { } appendix)
        {
            sections.Add(appendix);
        }

        sections.AddRange(Review.ReviewerPagesBuilder.Appendices(result));

        return new ReportDocument("Synthetic data audit: " + result.DatasetName, SubtitleOf(result), result.DatasetName,
            ReportFormat.Date(result.CreatedUtc), sections.ToImmutable());
    }

    private const string FidelityIntro = "How closely the synthetic data follows the real distribution: per column, per pair of columns and jointly. Columns and pairs are sorted worst first.";
    private const string UtilityIntro = "Whether models trained on the synthetic data work on real data: the same model trained on real (TRTR) and on synthetic data (TSTR), both scored on the real holdout.";
    private const string FairnessIntro = "Whether the synthetic data keeps, erases or amplifies disparities between protected groups. Groups with too few rows are marked as insufficient data and pooled, never used for gaps.";

    private static string SubtitleOf(AuditResult r)
    {
        var synthetic = r.Inputs.FirstOrDefault(i => string.Equals(i.Role, "synthetic", StringComparison.Ordinal));
        var real = r.Inputs.FirstOrDefault(i => string.Equals(i.Role, "real", StringComparison.Ordinal));
        var what = synthetic is not null && real is not null
            ? Path.GetFileName(synthetic.Path) + " against " + Path.GetFileName(real.Path)
            : r.DatasetName;
        return what + " · " + r.Tool.Name + " " + r.Tool.Version + " · " + ReportFormat.Time(r.CreatedUtc);
    }

    private static ReportSection Summary(AuditResult r)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        var evaluated = r.Metrics.Count(m => m.Status == MetricStatus.Ok);
        blocks.Add(new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
            $"{evaluated} of {r.Metrics.Length} metrics were evaluated; {r.Metrics.Length - evaluated} were skipped (each with its reason below).")));
        var rows = r.Summary.Families.Select(f =>
        {
            var metric = r.Find(f.HeadlineMetricId);
            return ImmutableArray.Create<TableCell>(
                ReportFormat.Family(f.Family), new TableCell(f.Verdict, ReportFormat.Tone(f.Verdict)),
                metric?.Metric.Name ?? f.HeadlineMetricId, new TableCell(ReportFormat.Value(f.Value, f.Ci), Numeric: true),
                new TableCell(ReportFormat.Interval(f.Ci), Numeric: true), f.Sentence);
        });
        blocks.Add(new TableBlock(["Family", "Verdict", "Headline", "Value", "95% CI", "In plain words"], [.. rows], "Verdict per family"));
        foreach (var family in Enum.GetValues<MetricFamily>().Where(f => r.Summary.Families.All(v => v.Family != f)))
        {
            blocks.Add(new ParagraphBlock(ReportFormat.Family(family) + ": no verdict (nothing in this family was evaluated).", ParagraphStyle.Note));
        }

        if (!r.Summary.Gdpr.IsDefaultOrEmpty)
        {
            // One line: the same levels and intervals are R4's table, and each level's rule is in section 7 (a second
            // table here repeated R4 on the next page, issue 18).
            blocks.Add(new ParagraphBlock("The three anonymisation criteria of Article 29 WP Opinion 05/2014 (WP216): "
                + string.Join("; ", r.Summary.Gdpr.Select(g => ReportFormat.Words(g.Criterion) + " " + g.Level + " (" + ReportFormat.Value(g.Risk, g.Ci) + ", CI " + ReportFormat.Interval(g.Ci) + ")"))
                + ". The rule behind each level is in section 7."));
        }

        if (r.Summary.Membership is { } membership)
        {
            blocks.Add(new ParagraphBlock("Membership inference: " + membership));
        }

        if (r.DpGuarantee is { Seed: not null } seeded)
        {
            // A seeded run can be replayed from its seed, so its nominal guarantee must not read as a real one.
            blocks.Add(new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
                $"The synthetic data comes from a seeded {seeded.Mechanism.ToUpperInvariant()} run with a nominal ({ReportFormat.Value(seeded.Epsilon)}, {seeded.Delta:0.###E+0})-DP budget: the noise can be regenerated from the seed, so it carries NO differential-privacy guarantee (testing only; see Provenance)."),
                ParagraphStyle.Warning));
        }
        else if (r.DpGuarantee is { } dp)
        {
            blocks.Add(new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
                $"The synthetic data carries a differential-privacy guarantee: ({ReportFormat.Value(dp.Epsilon)}, {dp.Delta:0.###E+0})-DP from {dp.Mechanism.ToUpperInvariant()} (see Provenance).")));
        }
        else if (r.DpGuaranteeRejected is { } rejected)
        {
            blocks.Add(new ParagraphBlock("NO differential-privacy guarantee: " + rejected + ". Only the empirical evidence below applies.", ParagraphStyle.Warning));
        }

        if (!r.Warnings.IsDefaultOrEmpty)
        {
            blocks.Add(new ParagraphBlock(string.Create(CultureInfo.InvariantCulture, $"{r.Warnings.Length} run warning(s); see section 3."), ParagraphStyle.Warning));
        }

        blocks.Add(new ParagraphBlock(GuidanceText.Scope, ParagraphStyle.Note));
        blocks.Add(new ParagraphBlock(GuidanceText.Uncertainty, ParagraphStyle.Note));
        return new ReportSection("1. Summary", "summary", blocks.ToImmutable());
    }

    private static ReportSection Provenance(AuditResult r)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        // The tool, time, seed, command line and every input with its SHA-256 are R1's tables, which open the same document;
        // this section keeps what R1 does not show (issue 18: one record, not two).
        blocks.Add(new ParagraphBlock("Tool, audit time, seed, command line and the inputs (path as given, rows, columns, SHA-256): R1.", ParagraphStyle.Note));
        var kv = new List<ImmutableArray<TableCell>>
        {
            Row("audit.json schema", r.SchemaVersion.ToString(CultureInfo.InvariantCulture)),
        };
        foreach (var (key, value) in r.Settings)
        {
            kv.Add([new TableCell(key), new TableCell(value, Mono: LooksLikeHash(value))]);
        }

        blocks.Add(new TableBlock(["Item", "Value"], [.. kv], "Settings"));
        if (r.DpGuarantee is { } dp)
        {
            blocks.Add(new HeadingBlock("Differential-privacy guarantee"));
            var dpRows = new List<ImmutableArray<TableCell>>
            {
                Row("Mechanism", dp.Mechanism),
                Row("Guarantee", string.Create(CultureInfo.InvariantCulture, $"({dp.Epsilon:0.####}, {dp.Delta:0.###E+0})-differential privacy")),
                Row("zCDP budget ρ", dp.Rho.ToString("0.######", CultureInfo.InvariantCulture)),
                Row("Conversion", dp.Conversion),
                Row("Neighbouring datasets", dp.Neighbouring),
                Row("Unit of privacy", dp.Unit),
                Row("Randomness", dp.Randomness),
                Row("Domain", dp.DomainSource),
                MonoRow("Domain SHA-256", dp.DomainSha256),
                Row("Rows generated", ReportFormat.Count(dp.Rows)),
                Row("Marginals measured", ReportFormat.Count(dp.Measurements.Length)),
            };
            if (dp.ToolVersion.Length > 0)
            {
                dpRows.Add(Row("Generator version", dp.ToolVersion));
            }

            if (dp.DataSha256.Length > 0)
            {
                dpRows.Add(MonoRow("Data SHA-256 (matches the synthetic input)", dp.DataSha256));
            }

            blocks.Add(new TableBlock(["Item", "Value"], [.. dpRows]));
            if (!dp.Ledger.IsDefaultOrEmpty)
            {
                blocks.Add(LedgerTable(dp.Ledger));
            }

            // The card's own warnings usually say the seeded case already; say it once.
            var dpWarnings = dp.Warnings.IsDefault ? [] : dp.Warnings.ToList();
            if (dp.Seed is not null && !dpWarnings.Any(w => w.Contains("seed", StringComparison.OrdinalIgnoreCase)))
            {
                dpWarnings.Insert(0, "The generator ran with a fixed seed: its output is NOT differentially private (testing only).");
            }

            foreach (var w in WarningGroups.Summarize(dpWarnings, WarningGroups.AppendixReference))
            {
                blocks.Add(new ParagraphBlock(w, ParagraphStyle.Warning));
            }

            blocks.Add(new ParagraphBlock("The guarantee bounds what any analysis of the synthetic data can reveal about one row of the real data, whatever the attacker knows. It holds for the mechanism as recorded; the empirical attacks in section 7 are a complementary check.", ParagraphStyle.Note));
        }
        else if (r.DpGuaranteeRejected is { } rejected)
        {
            blocks.Add(new HeadingBlock("Differential-privacy guarantee"));
            blocks.Add(new ParagraphBlock("A dp.json card was found but does not apply: " + rejected + ". The privacy evidence below is empirical only.", ParagraphStyle.Warning));
        }
        else
        {
            blocks.Add(new ParagraphBlock("No differential-privacy record (dp.json) was found next to the synthetic data: the privacy evidence below is empirical only.", ParagraphStyle.Note));
        }

        return new ReportSection("2. Provenance", "provenance", blocks.ToImmutable());
    }

    /// <summary>The privacy budget ledger; consecutive spends with the same purpose, mechanism and ρ share one row with
    /// their count and total (the per-round details stay in dp.json).</summary>
    private static TableBlock LedgerTable(ImmutableArray<DpLedgerEntry> ledger)
    {
        var rows = new List<ImmutableArray<TableCell>>();
        for (var i = 0; i < ledger.Length;)
        {
            var j = i + 1;
            while (j < ledger.Length && string.Equals(ledger[j].Purpose, ledger[i].Purpose, StringComparison.Ordinal)
                && string.Equals(ledger[j].Mechanism, ledger[i].Mechanism, StringComparison.Ordinal) && ledger[j].Rho == ledger[i].Rho)
            {
                j++;
            }

            var l = ledger[i];
            var n = j - i;
            var rho = l.Rho.ToString("0.######", CultureInfo.InvariantCulture);
            rows.Add(n == 1
                ? [l.Purpose, l.Mechanism, new TableCell(rho, Numeric: true), l.Detail]
                : [l.Purpose + string.Create(CultureInfo.InvariantCulture, $" (×{n})"), l.Mechanism,
                    new TableCell(rho + string.Create(CultureInfo.InvariantCulture, $" each, {(l.Rho * n).ToString("0.######", CultureInfo.InvariantCulture)} in all"), Numeric: true),
                    string.Create(CultureInfo.InvariantCulture, $"{n} rounds; first: {l.Detail} (every round in dp.json)")]);
            i = j;
        }

        return new TableBlock(["Purpose", "Mechanism", "ρ", "Detail"], [.. rows], "Privacy budget ledger");
    }

    private static bool LooksLikeHash(string value) => value.Length >= 32 && value.All(char.IsAsciiHexDigit);

    private static ImmutableArray<TableCell> Row(string key, string value) => [new TableCell(key), new TableCell(value)];

    private static ImmutableArray<TableCell> MonoRow(string key, string value) => [new TableCell(key), new TableCell(value, Mono: true)];

    private static ReportSection DataAndSchema(AuditResult r)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        var used = r.Schema.Count(c => c.IsUsed);
        blocks.Add(new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
            $"{r.Schema.Length} columns; {used} used by the metrics. Kinds and roles were inferred on the real data and frozen for every input.")));
        blocks.Add(new TableBlock(["Column", "Kind", "Role", "Used"],
            [.. r.Schema.Select(c => ImmutableArray.Create<TableCell>(c.Name, KindName(c), RoleName(c), new TableCell(c.IsUsed ? "yes" : "no", c.IsUsed ? CellTone.None : CellTone.Muted)))],
            "Schema"));
        var excluded = r.Schema.Where(c => !c.IsUsed).Select(c => c.Name).ToList();
        blocks.Add(new ParagraphBlock(excluded.Count == 0
            ? "No column was excluded."
            : "Excluded from every metric (identifiers or excluded by configuration): " + string.Join(", ", excluded) + ".", ParagraphStyle.Note));
        blocks.Add(new HeadingBlock("Warnings"));
        if (r.Warnings.IsDefaultOrEmpty)
        {
            blocks.Add(new ParagraphBlock("No run warnings.", ParagraphStyle.Note));
        }
        else
        {
            foreach (var w in WarningGroups.Summarize(r.Warnings, WarningGroups.AppendixReference))
            {
                blocks.Add(new ParagraphBlock(w, ParagraphStyle.Warning));
            }
        }

        return new ReportSection("3. Data and schema", "data", blocks.ToImmutable());
    }

    private static string KindName(ColumnSchema c) => c.Kind.ToString().ToLowerInvariant();

    private static string RoleName(ColumnSchema c) => c.Role.ToString().ToLowerInvariant();

    private static ReportSection Family(AuditResult r, MetricFamily family, string title, string anchor, string intro)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        blocks.Add(new ParagraphBlock(intro));
        AddFamilyBody(blocks, r, family);
        return new ReportSection(title, anchor, blocks.ToImmutable());
    }

    private static ReportSection Privacy(AuditResult r)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        blocks.Add(new ParagraphBlock("How much the synthetic data reveals about the real people it was trained on. Every risk is shown with its interval and its baseline (what a naive attacker, or fresh real data, gets)."));
        AddFamilyBody(blocks, r, MetricFamily.Privacy);
        blocks.Add(new HeadingBlock("What this means under the GDPR"));
        blocks.Add(new ParagraphBlock(GuidanceText.Gdpr));
        foreach (var g in r.Summary.Gdpr)
        {
            blocks.Add(new ParagraphBlock(ReportFormat.Words(g.Criterion) + " — level " + g.Level + " (risk " + ReportFormat.Value(g.Risk, g.Ci) + ", CI "
                + ReportFormat.Interval(g.Ci) + "). " + GuidanceText.Criterion(g.Criterion)));
            blocks.Add(new ParagraphBlock("Rule: " + g.Rule + ".", ParagraphStyle.Note));
        }

        blocks.Add(new ParagraphBlock(GuidanceText.Membership, ParagraphStyle.Note));
        blocks.Add(new HeadingBlock("What this means for HIPAA expert determination"));
        blocks.Add(new ParagraphBlock(GuidanceText.Hipaa));
        blocks.Add(new ParagraphBlock("None of these results, alone or together, establishes that the data is anonymised in the sense of GDPR Recital 26; they are evidence for the people who decide.", ParagraphStyle.Note));
        return new ReportSection("7. Privacy", "privacy", blocks.ToImmutable());
    }

    private static void AddFamilyBody(ImmutableArray<ReportBlock>.Builder blocks, AuditResult r, MetricFamily family)
    {
        var metrics = r.Metrics.Where(m => m.Metric.Family == family).ToList();
        var verdict = r.Summary.Families.FirstOrDefault(f => f.Family == family);
        if (verdict is not null)
        {
            blocks.Add(new ParagraphBlock("Verdict: " + verdict.Verdict + ". " + verdict.Sentence));
        }

        if (metrics.Count == 0 || metrics.All(m => m.Status != MetricStatus.Ok))
        {
            var reasons = metrics.Select(m => m.Reason).Where(x => x is not null).Distinct(StringComparer.Ordinal).ToList();
            blocks.Add(new ParagraphBlock("Nothing in this family was evaluated" + (reasons.Count > 0 ? ": " + string.Join("; ", reasons) + "." : "."), ParagraphStyle.Warning));
            if (metrics.Count == 0)
            {
                return;
            }
        }

        blocks.Add(MetricTable(metrics, "Metrics"));
        var shownPerModel = false;
        if (family == MetricFamily.Utility && PerModelTable(r) is { } perModel)
        {
            blocks.Add(perModel);
            shownPerModel = true;
        }

        var singles = new List<FigureData>();
        foreach (var m in metrics.Where(m => m.Status == MetricStatus.Ok))
        {
            // TRTR's and TSTR's per-model rows are the per-model table's columns already (with their notes): a breakdown
            // table of each would repeat it (issue 18).
            var repeated = shownPerModel && m.Metric.Id is MetricIds.Trtr or MetricIds.Tstr && CoveredByPerModel(r, m);
            AddMetricDetail(blocks, m, sortWorstFirst: family is MetricFamily.Fidelity or MetricFamily.Privacy, singles, showBreakdown: !repeated);
        }

        // A family's single curves and distance histograms (ROC, DCR, NNDR) are set together at its end, two to a row;
        // a heatmap, or a family's only chart, keeps the full width in place.
        if (singles.Count >= 2)
        {
            var cell = ChartGridBlock.CellWidth(ChartWidth, GridColumns);
            blocks.Add(new HeadingBlock(ReportFormat.Family(family) + ": figures"));
            blocks.Add(new ChartGridBlock([.. singles.Select(f => new ChartBlock(ChartLayoutEngine.Layout(f, cell)))], GridColumns));
        }
        else
        {
            blocks.AddRange(singles.Select(f => new ChartBlock(ChartLayoutEngine.Layout(f, ChartWidth))));
        }
    }

    /// <summary>TSTR next to TRTR for each model both breakdowns name, with the ratio.</summary>
    private static TableBlock? PerModelTable(AuditResult r)
    {
        var trtr = r.Find(MetricIds.Trtr);
        var tstr = r.Find(MetricIds.Tstr);
        if (trtr is not { Status: MetricStatus.Ok } || tstr is not { Status: MetricStatus.Ok } || trtr.Breakdown.IsDefaultOrEmpty)
        {
            return null;
        }

        var rows = new List<ImmutableArray<TableCell>>();
        foreach (var real in trtr.Breakdown)
        {
            var synthetic = tstr.Breakdown.FirstOrDefault(e => string.Equals(e.Key, real.Key, StringComparison.Ordinal));
            if (synthetic is null || BreakdownFacts.IsFact(real) || BreakdownFacts.IsFact(synthetic))
            {
                continue;
            }

            double? ratio = real.Value is { } a && synthetic.Value is { } b && Math.Abs(a) > 1e-12 ? b / a : null;
            var notes = new[] { real.Note, synthetic.Note }.Where(n => !string.IsNullOrEmpty(n)).Distinct(StringComparer.Ordinal).ToList();
            rows.Add([notes.Count == 0 ? real.Key : real.Key + " (" + string.Join("; ", notes) + ")", new TableCell(ReportFormat.Value(real.Value, real.Ci), Numeric: true), new TableCell(ReportFormat.Interval(real.Ci), Numeric: true),
                new TableCell(ReportFormat.Value(synthetic.Value, synthetic.Ci), Numeric: true), new TableCell(ReportFormat.Interval(synthetic.Ci), Numeric: true),
                new TableCell(ReportFormat.Value(ratio), Numeric: true)]);
        }

        return rows.Count == 0 ? null : new TableBlock(["Model", "TRTR", "95% CI", "TSTR", "95% CI", "TSTR / TRTR"], [.. rows], "TSTR versus TRTR per model");
    }

    /// <summary>Whether every breakdown row of TRTR or TSTR is a row of the per-model table (facts aside, which the facts line
    /// shows).</summary>
    private static bool CoveredByPerModel(AuditResult r, MetricResult m)
    {
        var other = r.Find(m.Metric.Id == MetricIds.Trtr ? MetricIds.Tstr : MetricIds.Trtr);
        return other is not null && m.Breakdown.Where(e => !BreakdownFacts.IsFact(e))
            .All(e => other.Breakdown.Any(o => string.Equals(o.Key, e.Key, StringComparison.Ordinal) && !BreakdownFacts.IsFact(o)));
    }

    /// <summary>The gate-relevant table: every metric with value, interval and baseline; a skipped metric says why in a last
    /// column, which is left out when every metric was evaluated.</summary>
    public static TableBlock MetricTable(IEnumerable<MetricResult> metrics, string? caption)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var list = metrics.ToList();
        var anySkipped = list.Any(m => m.Status != MetricStatus.Ok);
        var rows = list.Select(m =>
        {
            var cells = new List<TableCell>
            {
                m.Metric.Name, new TableCell(ReportFormat.Value(m.Value, m.Ci), Numeric: true), new TableCell(ReportFormat.Interval(m.Ci), Numeric: true),
                new TableCell(ReportFormat.Value(m.Baseline), Numeric: true),
            };
            if (anySkipped)
            {
                cells.Add(m.Status == MetricStatus.Ok ? new TableCell(string.Empty) : new TableCell(ReportFormat.Status(m), CellTone.Muted));
            }

            return cells.ToImmutableArray();
        });
        return new TableBlock(anySkipped ? ["Metric", "Value", "95% CI", "Baseline", "Skipped because"] : ["Metric", "Value", "95% CI", "Baseline"], [.. rows], caption);
    }

    private static void AddMetricDetail(ImmutableArray<ReportBlock>.Builder blocks, MetricResult m, bool sortWorstFirst, List<FigureData> singles, bool showBreakdown = true)
    {
        blocks.Add(new HeadingBlock(m.Metric.Name));
        var line = m.Metric.Id + ": " + ReportFormat.Value(m.Value, m.Ci);
        if (m.Ci is { } ci)
        {
            line += ", " + ReportFormat.Level(ci) + " CI " + ReportFormat.Interval(ci) + (m.CiMethod is null ? string.Empty : " (" + m.CiMethod + ")");
        }
        else
        {
            line += " (no interval)";
        }

        if (m.Baseline is not null)
        {
            line += "; baseline " + ReportFormat.Value(m.Baseline);
        }

        line += "; range " + ReportFormat.Range(m.Metric) + ".";
        blocks.Add(new ParagraphBlock(line, ParagraphStyle.Reference));
        foreach (var w in m.Warnings)
        {
            blocks.Add(new ParagraphBlock(w, ParagraphStyle.Warning));
        }

        var pooled = SmallCells.Pool(m.Breakdown);
        var facts = pooled.Where(BreakdownFacts.IsFact).ToList();
        var breakdown = pooled.Where(e => !BreakdownFacts.IsFact(e)).ToImmutableArray();
        var ordered = sortWorstFirst ? WorstFirst(breakdown, m.Metric) : [.. breakdown];
        if (facts.Count > 0)
        {
            blocks.Add(BreakdownFacts.Line(facts));
        }

        if (breakdown.Length > 0 && showBreakdown)
        {
            blocks.Add(BreakdownTable(ordered, m.Metric, sortWorstFirst));
        }
        else if (breakdown.Length > 0)
        {
            blocks.Add(new ParagraphBlock("Per model: the table \"TSTR versus TRTR per model\" above.", ParagraphStyle.Note));
        }

        // Figures about one breakdown key (id ending in ".key") follow the breakdown order, so the worst columns come first.
        var rank = ordered.Select((e, i) => (e.Key, i)).GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var figures = m.Figures.Select((f, i) => (Figure: f, Index: i))
            .OrderBy(p => rank.TryGetValue(KeyOf(p.Figure.Id), out var r) ? r : int.MaxValue)
            .ThenBy(p => p.Index)
            .Select(p => p.Figure)
            .ToList();

        // Several per-column or per-group charts are set as small multiples; a heatmap or a single chart keeps the full width.
        var multiples = figures.Where(f => f.Kind is FigureKind.Histogram or FigureKind.Bars).ToList();
        if (multiples.Count >= 2)
        {
            var cell = ChartGridBlock.CellWidth(ChartWidth, GridColumns);
            blocks.Add(new ChartGridBlock([.. multiples.Select(f => new ChartBlock(ChartLayoutEngine.Layout(f, cell)))], GridColumns));
        }
        else
        {
            multiples.Clear();
        }

        foreach (var figure in figures.Except(multiples))
        {
            if (figure.Kind is FigureKind.Lines or FigureKind.Scatter or FigureKind.Histogram)
            {
                singles.Add(figure);
            }
            else
            {
                blocks.Add(new ChartBlock(ChartLayoutEngine.Layout(figure, ChartWidth)));
            }
        }
    }

    private static string KeyOf(string figureId)
    {
        var dot = figureId.LastIndexOf('.');
        return dot < 0 ? figureId : figureId[(dot + 1)..];
    }

    /// <summary>Entries on the metric's own scale worst first; entries outside its range (another unit, e.g. a distance in
    /// data units beside normalised ones) follow in their original order, never sorted among them.</summary>
    private static List<BreakdownEntry> WorstFirst(ImmutableArray<BreakdownEntry> entries, MetricDescriptor metric)
    {
        var onScale = entries.Where(e => e.Value is not { } v || InRange(v, metric)).ToList();
        return
        [
            .. onScale.OrderBy(e => e.Value is null ? 1 : 0)
                .ThenBy(e => e.Value is { } v ? (metric.Direction == Direction.HigherIsBetter ? v : -v) : 0)
                .ThenBy(e => e.Key, StringComparer.Ordinal),
            .. entries.Where(e => !onScale.Contains(e)),
        ];
    }

    private static bool OnScale(BreakdownEntry e, MetricDescriptor metric) => e.Value is not { } v || InRange(v, metric);

    private static bool InRange(double v, MetricDescriptor metric) => v >= metric.Range.Min - 1e-9 && v <= metric.Range.Max + 1e-9;

    private static TableBlock BreakdownTable(List<BreakdownEntry> entries, MetricDescriptor metric, bool sorted)
    {
        var direction = metric.Direction;
        var metricId = metric.Id;

        // One precision per table for the rows on the metric's scale (the finest any of their intervals needs), so a
        // column never mixes 0.928 and 0.9806; other rows keep their own format.
        var shown = entries.Take(MaxBreakdownRows).ToList();
        var decimals = shown.Where(e => e.Ci is { } c && OnScale(e, metric)).Select(e => ReportFormat.IntervalDecimals(e.Ci!.Value.Low, e.Ci.Value.High))
            .DefaultIfEmpty(-1).Max();
        var hasCi = entries.Any(e => e.Ci is not null);
        var hasBaseline = entries.Any(e => e.Baseline is not null);
        var hasNote = entries.Any(e => e.Note is not null);
        var headers = new List<string> { "Key", "Value" };
        if (hasCi)
        {
            headers.Add("95% CI");
        }

        if (hasBaseline)
        {
            headers.Add("Baseline");
        }

        if (hasNote)
        {
            headers.Add("Note");
        }

        var rows = new List<ImmutableArray<TableCell>>();
        foreach (var e in shown)
        {
            var uniform = decimals >= 0 && e.Ci is not null && OnScale(e, metric);
            var value = uniform ? ReportFormat.Fixed(e.Value, decimals) : ReportFormat.BreakdownValue(e);
            var cells = new List<TableCell> { e.Key, new(value, e.Value is null ? CellTone.Muted : CellTone.None, Numeric: true) };
            if (hasCi)
            {
                cells.Add(new TableCell(uniform ? ReportFormat.Interval(e.Ci, decimals) : ReportFormat.Interval(e.Ci), Numeric: true));
            }

            if (hasBaseline)
            {
                cells.Add(new TableCell(uniform ? ReportFormat.Fixed(e.Baseline, decimals) : ReportFormat.Value(e.Baseline), Numeric: true));
            }

            if (hasNote)
            {
                cells.Add(e.Note ?? string.Empty);
            }

            rows.Add([.. cells]);
        }

        var caption = "Breakdown" + (sorted ? " (worst first, " + (direction == Direction.HigherIsBetter ? "lowest" : "highest") + " value on top"
            + (entries.Any(e => !OnScale(e, metric)) ? "; rows in other units last" : string.Empty) + ")" : string.Empty);
        if (entries.Count > MaxBreakdownRows)
        {
            caption += string.Create(CultureInfo.InvariantCulture, $"; {MaxBreakdownRows} of {entries.Count} rows, all in audit.json (metric {metricId}, breakdown)");
        }

        return new TableBlock([.. headers], [.. rows], caption);
    }

    /// <summary>Appendix A: each warning the body grouped with others, in full (a warning the body shows as written is not
    /// repeated here), numbered by its place in audit.json's list.</summary>
    private static ReportSection? WarningAppendix(AuditResult r)
    {
        var run = r.Warnings.IsDefault ? [] : r.Warnings.ToList();
        var dp = r.DpGuarantee?.Warnings is { IsDefault: false } w ? w.ToList() : [];
        if (!WarningGroups.HasGroups(run) && !WarningGroups.HasGroups(dp))
        {
            return null;
        }

        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        blocks.Add(new ParagraphBlock("The body groups warnings that say the same thing about different columns; here is each member of those groups in full, numbered as in audit.json (warnings; dpGuarantee.warnings). Every other warning is in the body as written.", ParagraphStyle.Note));
        var runGrouped = WarningGroups.Grouped(run);
        if (runGrouped.Count > 0)
        {
            blocks.Add(new TableBlock(["#", "Run warning"], [.. run.Select((x, i) => (x, i)).Where(p => runGrouped.Contains(p.x))
                .Select(p => ImmutableArray.Create<TableCell>(new TableCell((p.i + 1).ToString(CultureInfo.InvariantCulture), Numeric: true), p.x))]));
        }

        var dpGrouped = WarningGroups.Grouped(dp);
        if (dpGrouped.Count > 0)
        {
            blocks.Add(new TableBlock(["#", "Generator warning (dp.json)"], [.. dp.Select((x, i) => (x, i)).Where(p => dpGrouped.Contains(p.x))
                .Select(p => ImmutableArray.Create<TableCell>(new TableCell((p.i + 1).ToString(CultureInfo.InvariantCulture), Numeric: true), p.x))]));
        }

        return new ReportSection("Appendix A. Grouped warnings in full", "appendix-warnings", blocks.ToImmutable());
    }

    /// <summary>The Methods section: one paragraph per metric present.</summary>
    public static ReportSection Methods(IEnumerable<MetricResult> metrics, string title)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        blocks.Add(new ParagraphBlock("One paragraph per metric: definition, range, baseline, interval method and reference. Intervals are at the 95% level unless stated."));
        foreach (var m in metrics.GroupBy(m => m.Metric.Id, StringComparer.Ordinal).Select(g => g.First()))
        {
            // The metric's name leads its paragraph (run in, not a heading of its own), so the section stays a compact
            // reference list (issue 18: the standard report within 25 pages).
            var text = MetricCatalog.Explain(m.Metric.Id);
            var interval = m.CiMethod is null ? text?.Interval : m.CiMethod + (text is null ? string.Empty : ". " + text.Interval);
            blocks.Add(new ParagraphBlock(text is null
                ? "Range " + ReportFormat.Range(m.Metric) + ". No method description is available for this metric in this build."
                : text.Definition + " Range " + ReportFormat.Range(m.Metric) + ". Baseline: " + text.Baseline + " Interval: " + interval + " Reference: " + text.Reference,
                ParagraphStyle.Reference) { Lead = m.Metric.Name + " (" + m.Metric.Id + ")." });
        }

        return new ReportSection(title, "methods", blocks.ToImmutable());
    }
}
