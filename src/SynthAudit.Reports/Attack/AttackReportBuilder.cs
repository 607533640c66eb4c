using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Results.Attack;
using SynthAudit.Reports.Document;
using SynthAudit.Reports.Text;

namespace SynthAudit.Reports.Attack;

/// <summary>Turns an <see cref="AttackResult"/> into a report document (used by the PDF renderer).</summary>
public static class AttackReportBuilder
{
    /// <summary>Builds the attack document.</summary>
    public static ReportDocument Build(AttackResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sections = ImmutableArray.CreateBuilder<ReportSection>();
        var summary = ImmutableArray.CreateBuilder<ReportBlock>();
        summary.Add(new ParagraphBlock(AttackText.Verdict(result)));
        summary.Add(new ParagraphBlock(AttackText.EpsilonSentence(result.Epsilon),
            result.Epsilon.ConsistentWithClaim == false ? ParagraphStyle.Warning : ParagraphStyle.Body));
        summary.Add(new ParagraphBlock(AttackText.ExposureSentence(result)));
        foreach (var w in result.Warnings)
        {
            summary.Add(new ParagraphBlock(w, ParagraphStyle.Warning));
        }

        summary.Add(new ChartBlock(AttackRocChart.Layout(result, 440), "Pooled ROC of the strongest family on log-log axes; dashed: chance."));
        sections.Add(new ReportSection("1. Result", "result", summary.ToImmutable()));

        var s = result.Setup;
        sections.Add(new ReportSection("2. Threat model", "threat-model",
        [
            new ParagraphBlock(AttackResult.ThreatModel),
            new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
                $"Targets {s.Targets}, runs {s.Runs}, shadow rows {s.ShadowRows}, seed {s.Seed}; real rows {s.RealRows}, population rows {s.PopulationRows}. Outlier score: {s.OutlierScore}."), ParagraphStyle.Note),
        ]));

        var families = result.Families.Select(f => ImmutableArray.Create<TableCell>(
            f.Family == result.StrongestFamily ? f.Family + " (strongest)" : f.Family,
            new TableCell(AttackText.WithInterval(f.Score.Auc, f.Score.AucCi), Numeric: true),
            new TableCell(AttackText.Tpr(f.Score, 0.001), Numeric: true),
            new TableCell(AttackText.Tpr(f.Score, 0.01), Numeric: true),
            new TableCell(AttackText.Tpr(f.Score, 0.1), Numeric: true))).ToImmutableArray();
        sections.Add(new ReportSection("3. Feature families", "families",
        [
            new TableBlock(["Family", "AUC [95% CI]", "TPR @ 0.1% FPR", "TPR @ 1% FPR", "TPR @ 10% FPR"], families,
                "Pooled over every target on the scored half of the runs; TPR intervals Clopper-Pearson, AUC intervals DeLong."),
            .. result.Families.Select(f => (ReportBlock)new ParagraphBlock(f.Family + ": " + f.Description, ParagraphStyle.Note)),
        ]));

        var targets = result.Targets.Select(t => ImmutableArray.Create<TableCell>(
            t.Number.ToString(CultureInfo.InvariantCulture),
            t.Selection,
            new TableCell(AttackText.Number(t.OutlierScore), Numeric: true),
            new TableCell(AttackText.WithInterval(t.Score.Auc, t.Score.AucCi), Numeric: true),
            new TableCell(AttackText.Tpr(t.Score, 0.1), Numeric: true),
            new TableCell(AttackText.Number(t.EpsilonLowerBound ?? double.NaN), Numeric: true),
            new TableCell(string.Create(CultureInfo.InvariantCulture, $"{t.Score.Members} / {t.Score.NonMembers}"), Numeric: true))).ToImmutableArray();
        sections.Add(new ReportSection("4. Per target", "targets",
        [
            new TableBlock(["Target", "Chosen as", "Outlier score", "AUC [95% CI]", "TPR @ 10% FPR", "ε lower bound", "in / out"], targets,
                "Targets by number and outlier score only; no record values."),
        ]));

        var log = result.RunLog;
        var lines = ImmutableArray.CreateBuilder<ReportBlock>();
        lines.Add(new ParagraphBlock("Generator: " + log.Generator, ParagraphStyle.Code));
        lines.Add(new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
            $"Runs: {log.RunsSucceeded} of {log.RunsPlanned} succeeded; {log.Retries} retried; {log.Failures.Length} failed after a retry. Wall time {log.WallSeconds:0.0} s; generator time {log.GeneratorSeconds:0.0} s.")));
        foreach (var f in log.Failures)
        {
            lines.Add(new ParagraphBlock(string.Create(CultureInfo.InvariantCulture, $"Run {f.Run} failed: {f.Reason}"), ParagraphStyle.Warning));
        }

        if (result.CommandLine is not null)
        {
            lines.Add(new ParagraphBlock(result.CommandLine, ParagraphStyle.Code));
        }

        sections.Add(new ReportSection("5. Run log", "run-log", lines.ToImmutable()));
        sections.Add(new ReportSection("6. References", "references", [.. AttackText.References.Select(r => (ReportBlock)new ParagraphBlock(r, ParagraphStyle.Note))]));
        var subtitle = string.Create(CultureInfo.InvariantCulture, $"{result.Tool.Name} {result.Tool.Version} · {ReportFormat.Time(result.CreatedUtc)}");
        return new ReportDocument("Shadow-model membership attack: " + result.DatasetName, subtitle, result.DatasetName,
            ReportFormat.Date(result.CreatedUtc), sections.ToImmutable());
    }
}
