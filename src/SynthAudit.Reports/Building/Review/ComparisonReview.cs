using System.Collections.Immutable;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Reports.Document;
using SynthAudit.Reports.Text;

namespace SynthAudit.Reports.Building.Review;

/// <summary>The reviewer's pages of a comparison (issue 16): the shared threat model, each cited threshold with its source
/// evaluated on every candidate, and what a comparison does not show.</summary>
/// <remarks>A subset of the audit's reviewer pages: a comparison helps to choose a candidate, so the decision block, the
/// identifier scan, the DP terms and the regulation appendices belong to the audit of the chosen candidate
/// (<c>synthaudit audit --profile ...</c>), whose own audit.json this comparison also writes.</remarks>
internal static class ComparisonReview
{
    /// <summary>Whether the comparison was run with a policy pack or a declared threat model.</summary>
    public static bool Applies(ComparisonResult result) => result.Generators.Any(g =>
        g.Audit.Review is { PolicyName: not null }
        || g.Audit.ThreatModel is { QuasiIdentifiersDeclared: true } or { SecretsDeclared: true } or { ReleaseContextDeclared: true });

    /// <summary>The sections, placed before the comparison's numbered sections.</summary>
    public static ImmutableArray<ReportSection> Build(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var first = result.Generators[0].Audit;
        var purpose = ImmutableArray.CreateBuilder<ReportBlock>();
        purpose.Add(new ParagraphBlock("This comparison gives evidence for choosing among candidate releases; the decision to release one belongs to the data controller (GDPR) or a qualified expert (HIPAA Expert Determination), and no number in it declares data anonymised or de-identified. For the chosen candidate, the full reviewer's report (identifier scan, DP terms, residual risk, regulation appendices and a decision block) is produced by synthaudit audit with the same --profile or --policy; each NAME/audit.json written here already carries the thresholds below and can be gated with synthaudit gate."));
        purpose.AddRange(ReviewerPagesBuilder.Threat(first).Blocks);
        var sections = ImmutableArray.CreateBuilder<ReportSection>();
        sections.Add(new ReportSection("R1. Purpose and threat model (all candidates)", "review-threat-model", purpose.ToImmutable()));
        sections.Add(Thresholds(result));
        var limits = new List<ReportBlock>
        {
            new ParagraphBlock("• A rank is relative: the best candidate can still fail a threshold (section R2) or the privacy verdict (section 1)."),
            new ParagraphBlock("• Attacker knowledge beyond the threat model above, linkage with external data and other releases about the same people were not tested."),
        };
        if (result.Generators.Any(g => g.Audit.Find(MetricIds.MiaShadowAuc) is not { Status: MetricStatus.Ok }))
        {
            limits.Add(new ParagraphBlock("• No shadow-model attack on the generators was run (it needs each generator: synthaudit audit --generator or --builtin on the chosen candidate)."));
        }

        sections.Add(new ReportSection("R3. What this comparison does not show", "review-limitations", [.. limits]));
        return sections.ToImmutable();
    }

    private static ReportSection Thresholds(ComparisonResult result)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        var reviewed = result.Generators.Where(g => g.Audit.Review is { PolicyName: not null }).ToList();
        if (reviewed.Count == 0 || reviewed[0].Audit.Review is not { PolicyName: { } name } review || review.Thresholds.IsDefaultOrEmpty)
        {
            blocks.Add(new ParagraphBlock("No policy pack was applied (choose one with --profile gdpr|hipaa|internal or --policy FILE).", ParagraphStyle.Note));
            return new ReportSection("R2. Cited thresholds per candidate", "review-thresholds", blocks.ToImmutable());
        }

        blocks.Add(new ParagraphBlock("Policy pack '" + name + "'. Each threshold is compared with each candidate's 95% interval: PASS when the whole interval is on the safe side, FAIL when it is wholly on the wrong side, INCONCLUSIVE otherwise (for privacy, not shown to be safe)."));
        var rows = review.Thresholds.Select((t, i) => ImmutableArray.Create<TableCell>(
        [
            new TableCell(t.MetricId, Mono: true),
            t.Bound + " " + ReportFormat.Value(t.Threshold),
            .. reviewed.Select(g => Outcome(g.Audit.Review!.Thresholds, i)),
            t.Source,
        ]));
        blocks.Add(new TableBlock([.. new[] { "Metric", "Bound" }.Concat(reviewed.Select(g => g.Name)).Append("Source")], [.. rows],
            "Every threshold applied to every candidate, with where it comes from"));
        blocks.Add(new TableBlock(["Metric", "Why this number"],
            [.. review.Thresholds.Select(t => ImmutableArray.Create<TableCell>(new TableCell(t.MetricId, Mono: true), t.Rationale))]));
        return new ReportSection("R2. Cited thresholds per candidate", "review-thresholds", blocks.ToImmutable());
    }

    private static TableCell Outcome(ImmutableArray<Core.Results.Compliance.PolicyThreshold> thresholds, int index)
    {
        if (index >= thresholds.Length)
        {
            return new TableCell(ReportFormat.Missing, CellTone.Muted);
        }

        var t = thresholds[index];
        var text = t.Value is null ? t.Outcome : t.Outcome + " (" + ReportFormat.WithInterval(t.Value, t.Ci) + ")";
        return new TableCell(text, ReviewerPagesBuilder.OutcomeTone(t.Outcome));
    }
}
