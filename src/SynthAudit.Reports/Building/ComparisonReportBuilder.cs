using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Reports.Charts;
using SynthAudit.Reports.Document;
using SynthAudit.Reports.Text;

namespace SynthAudit.Reports.Building;

/// <summary>Turns a <see cref="ComparisonResult"/> into the comparison report: ranks, leaderboard, trade-off and significance.</summary>
public static class ComparisonReportBuilder
{
    /// <summary>The id of the trade-off figure.</summary>
    public const string TradeOffFigureId = "compare.tradeoff";

    /// <summary>Builds the comparison document.</summary>
    public static ReportDocument Build(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sections = ImmutableArray.CreateBuilder<ReportSection>();
        if (Review.ComparisonReview.Applies(result))
        {
            sections.AddRange(Review.ComparisonReview.Build(result));
        }

        sections.Add(Summary(result));
        sections.Add(Leaderboard(result));
        sections.Add(Significance(result));
        sections.Add(Inputs(result));
        sections.Add(AuditReportBuilder.Methods(result.Leaderboard.Select(r => new MetricResult(r.Metric, MetricStatus.Ok, null, null, null, [], null)), "5. Methods"));
        var subtitle = string.Create(CultureInfo.InvariantCulture, $"{result.Generators.Length} synthetic sets · {result.Tool.Name} {result.Tool.Version} · {ReportFormat.Time(result.CreatedUtc)}");
        return new ReportDocument("Generator comparison: " + result.DatasetName, subtitle, result.DatasetName, ReportFormat.Date(result.CreatedUtc), sections.ToImmutable());
    }

    /// <summary>The privacy-versus-fidelity scatter as figure data: one series per generator plus the frontier.</summary>
    public static FigureData TradeOffFigure(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var points = result.TradeOff.Where(p => p.Fidelity is not null && p.PrivacyRisk is not null).ToList();
        var series = points.Select(p => new FigureSeries(p.Generator, [p.Fidelity!.Value], [p.PrivacyRisk!.Value])).ToList();
        var frontier = points.Where(p => p.OnFrontier).ToList();
        if (frontier.Count >= 2)
        {
            series.Add(new FigureSeries("Pareto frontier", [.. frontier.Select(p => p.Fidelity!.Value)], [.. frontier.Select(p => p.PrivacyRisk!.Value)]));
        }

        return new FigureData(TradeOffFigureId, "Privacy risk versus fidelity (lower right is better)", FigureKind.Scatter,
            "fidelity score (higher is better)", "worst privacy risk (lower is better)", [], [.. series]);
    }

    private static ReportSection Summary(ComparisonResult r)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        blocks.Add(new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
            $"{r.Generators.Length} synthetic datasets were audited against the same real data with seed {r.Seed}. Ranks are per family (1 = best), from the mean rank of the family's headline metrics; a rank difference matters only where the intervals do not overlap (section 3).")));
        var families = Enum.GetValues<MetricFamily>();
        blocks.Add(new TableBlock([.. new[] { "Generator" }.Concat(families.Select(ReportFormat.Family))],
            [.. r.Generators.Select(g => ImmutableArray.Create<TableCell>([g.Name, .. families.Select(f => RankCell(g, f))]))],
            "Rank per family"));
        var verdicts = r.Generators.Select(g => ImmutableArray.Create<TableCell>(
            [g.Name, .. families.Select(f => g.Audit.Summary.Families.FirstOrDefault(v => v.Family == f) is { } v
                ? new TableCell(v.Verdict + " (" + ReportFormat.Value(v.Value) + ")", ReportFormat.Tone(v.Verdict))
                : new TableCell("not evaluated", CellTone.Muted))]));
        blocks.Add(new TableBlock([.. new[] { "Generator" }.Concat(families.Select(ReportFormat.Family))], [.. verdicts], "Verdict per family"));
        var figure = TradeOffFigure(r);
        blocks.Add(new ChartBlock(ChartLayoutEngine.Layout(figure, AuditReportBuilder.ChartWidth),
            "Generators on the dashed frontier are not beaten on both axes at once by any other generator."));
        var onFrontier = r.TradeOff.Where(p => p.OnFrontier).Select(p => p.Generator).ToList();
        if (onFrontier.Count > 0)
        {
            blocks.Add(new ParagraphBlock("On the privacy-fidelity frontier: " + string.Join(", ", onFrontier) + "."));
        }

        foreach (var w in r.Warnings)
        {
            blocks.Add(new ParagraphBlock(w, ParagraphStyle.Warning));
        }

        foreach (var g in r.Generators.Where(g => g.Audit.DpGuaranteeRejected is not null))
        {
            blocks.Add(new ParagraphBlock(g.Name + ": NO differential-privacy guarantee: " + g.Audit.DpGuaranteeRejected + ".", ParagraphStyle.Warning));
        }

        blocks.Add(new ParagraphBlock(GuidanceText.Scope, ParagraphStyle.Note));
        return new ReportSection("1. Summary", "summary", blocks.ToImmutable());
    }

    private static TableCell RankCell(ComparedGenerator g, MetricFamily f)
    {
        foreach (var (family, rank) in g.FamilyRanks)
        {
            if (family == f)
            {
                return new TableCell(rank.ToString(CultureInfo.InvariantCulture), rank == 1 ? CellTone.Good : CellTone.None, Numeric: true);
            }
        }

        return new TableCell(ReportFormat.Missing, CellTone.Muted, Numeric: true);
    }

    private static ReportSection Leaderboard(ComparisonResult r)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        blocks.Add(new ParagraphBlock("Every headline metric for every generator: value, 95% interval and rank among the generators with a value (#1 = best in the metric's direction). A dash means the metric was skipped."));
        foreach (var family in Enum.GetValues<MetricFamily>())
        {
            var rows = r.Leaderboard.Where(l => l.Metric.Family == family).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var names = r.Generators.Select(g => g.Name).ToList();
            blocks.Add(new TableBlock([.. new[] { "Metric" }.Concat(names)],
                [.. rows.Select(row => ImmutableArray.Create<TableCell>(
                    [row.Metric.Name + (row.Metric.Direction == Direction.HigherIsBetter ? " ↑" : " ↓"), .. names.Select(n => LeaderCell(row, n))]))],
                ReportFormat.Family(family)));
        }

        return new ReportSection("2. Leaderboard", "leaderboard", blocks.ToImmutable());
    }

    private static TableCell LeaderCell(LeaderboardRow row, string generator)
    {
        var cell = row.Cells.FirstOrDefault(c => string.Equals(c.Generator, generator, StringComparison.Ordinal));
        if (cell?.Value is null)
        {
            return new TableCell(ReportFormat.Missing, CellTone.Muted, Numeric: true);
        }

        var text = ReportFormat.WithInterval(cell.Value, cell.Ci)
            + (cell.Rank is { } rank ? " #" + rank.ToString(CultureInfo.InvariantCulture) : string.Empty);
        return new TableCell(text, cell.Rank == 1 ? CellTone.Good : CellTone.None, Numeric: true);
    }

    private static ReportSection Significance(ComparisonResult r)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        blocks.Add(new ParagraphBlock("A generator is listed as better than another on a metric only when their 95% intervals do not overlap (a conservative test). Differences not listed here are within the uncertainty of the audit."));
        var rows = new List<ImmutableArray<TableCell>>();
        foreach (var row in r.Leaderboard)
        {
            foreach (var cell in row.Cells.Where(c => !c.SignificantlyBetterThan.IsDefaultOrEmpty))
            {
                rows.Add([row.Metric.Name, cell.Generator, string.Join(", ", cell.SignificantlyBetterThan)]);
            }
        }

        blocks.Add(rows.Count == 0
            ? new ParagraphBlock("No difference between generators is significant at this level.", ParagraphStyle.Note)
            : new TableBlock(["Metric", "Generator", "Significantly better than"], [.. rows], "Significant differences"));
        return new ReportSection("3. Significant differences", "significance", blocks.ToImmutable());
    }

    private static ReportSection Inputs(ComparisonResult r)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        var rows = r.Generators.SelectMany(g => g.Audit.Inputs.Select(i => ImmutableArray.Create<TableCell>(
            g.Name, i.Role, new TableCell(i.Path, Mono: true), new TableCell(ReportFormat.Count(i.Rows), Numeric: true), new TableCell(i.Sha256, Mono: true))));
        blocks.Add(new TableBlock(["Generator", "Role", "Path", "Rows", "SHA-256"], [.. rows], "Inputs of each audit"));
        foreach (var g in r.Generators.Where(g => g.Audit.DpGuarantee is not null))
        {
            var dp = g.Audit.DpGuarantee!;
            blocks.Add(new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
                $"{g.Name}: ({dp.Epsilon:0.####}, {dp.Delta:0.###E+0})-differential privacy from {dp.Mechanism} ({dp.Randomness}).")));
        }

        foreach (var g in r.Generators.Where(g => g.Audit.DpGuaranteeRejected is not null))
        {
            blocks.Add(new ParagraphBlock(g.Name + ": NO differential-privacy guarantee: " + g.Audit.DpGuaranteeRejected + ".", ParagraphStyle.Warning));
        }

        return new ReportSection("4. Provenance", "provenance", blocks.ToImmutable());
    }
}
