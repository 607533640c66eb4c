using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Core.Results.Compliance;
using SynthAudit.Reports.Document;
using SynthAudit.Reports.Text;

namespace SynthAudit.Reports.Building.Review;

/// <summary>Builds the reviewer's pages that open every audit report (issue 16): purpose and data lineage, threat model,
/// identifier scan, privacy evidence per GDPR criterion and membership attack, the DP guarantee in NIST SP 800-226 terms,
/// fidelity, utility and fairness in one line each, the cited policy thresholds, residual risk, limitations and the
/// decision block; and the regulation appendices that close it.</summary>
/// <remarks>The pages give evidence for the decision of the controller (GDPR) or of the expert (HIPAA Expert
/// Determination); they never call data anonymous or compliant. Everything shown comes from the result model, so HTML, PDF
/// and Markdown say the same.</remarks>
public static class ReviewerPagesBuilder
{
    /// <summary>The purpose statement on the first page.</summary>
    public const string Purpose =
        "This report gives evidence for a decision that belongs to the data controller (GDPR) or to a qualified expert (HIPAA Expert Determination): " +
        "whether this synthetic data may be released in the stated context. It does not make that decision, and no number in it declares the data " +
        "anonymised or de-identified. The first pages summarise the evidence for a reviewer; the numbered sections after them give the detail.";

    /// <summary>The reviewer's sections, in order; they go before the detailed report.</summary>
    public static ImmutableArray<ReportSection> Build(AuditResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return
        [
            Lineage(result),
            // Page 1 is the page that gets signed: R1 (purpose, the verdicts at a glance, lineage) stands alone on it.
            Threat(result) with { StartsNewPage = true },
            Identifiers(result),
            PrivacyEvidence(result),
            new ReportSection("R5. Differential privacy guarantee (NIST SP 800-226)", "review-dp", DpTerms.Blocks(result)),
            Families(result),
            Thresholds(result),
            new ReportSection("R8. Residual risk", "review-residual-risk", [.. ReviewerNarrative.ResidualRisk(result).Select(t => (ReportBlock)new ParagraphBlock(t))]),
            new ReportSection("R9. Limitations: what was not tested", "review-limitations", [.. ReviewerNarrative.Limitations(result).Select(t => (ReportBlock)new ParagraphBlock("• " + t))]),
            Decision(result),
        ];
    }

    /// <summary>The regulation appendices the profile asks for (gdpr: GDPR and NIST; hipaa: HIPAA and NIST; internal:
    /// NIST; no profile: all three); they go after the detailed report.</summary>
    public static ImmutableArray<ReportSection> Appendices(AuditResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var profile = result.Review?.Profile;
        var sections = ImmutableArray.CreateBuilder<ReportSection>();
        if (profile is null or "gdpr")
        {
            sections.Add(RegulationAppendix.Gdpr(result));
        }

        if (profile is null or "hipaa")
        {
            sections.Add(RegulationAppendix.Hipaa(result));
        }

        sections.Add(RegulationAppendix.Nist(result));
        return sections.ToImmutable();
    }

    /// <summary>Whether a section is one of the reviewer's pages or regulation appendices (issue 16), as opposed to the
    /// detailed report.</summary>
    public static bool IsReviewSection(ReportSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section.Anchor.StartsWith("review-", StringComparison.Ordinal)
            || section.Anchor is "appendix-gdpr" or "appendix-hipaa" or "appendix-nist";
    }

    private static ReportSection Lineage(AuditResult r)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        blocks.Add(new ParagraphBlock(Purpose));
        if (r.DpGuaranteeRejected is { } rejected)
        {
            // A voided guarantee must be seen on the first page, not only in section R5.
            blocks.Add(new ParagraphBlock("NO differential-privacy guarantee: " + rejected + ". Only the empirical evidence in this report applies.", ParagraphStyle.Warning));
        }

        // The verdicts belong on the page that gets signed: a leak (exact replay, a high criterion) must be seen here.
        if (r.Summary.Families.FirstOrDefault(f => f.Family == MetricFamily.Privacy) is { } privacy)
        {
            var others = string.Join(", ", r.Summary.Families.Where(f => f.Family != MetricFamily.Privacy)
                .Select(f => ReportFormat.Family(f.Family).ToLowerInvariant() + " " + f.Verdict));
            blocks.Add(new ParagraphBlock("At a glance: privacy " + privacy.Verdict + ". " + privacy.Sentence + " Other families: " + others +
                " (section 1).", privacy.Verdict == "good" ? ParagraphStyle.Body : ParagraphStyle.Warning));
        }

        var rows = new List<ImmutableArray<TableCell>>
        {
            Row("Tool", r.Tool.Name + " " + r.Tool.Version),
            Row("Audit time", ReportFormat.Time(r.CreatedUtc)),
            Row("Seed", r.Seed.ToString(CultureInfo.InvariantCulture)),
            Row("Profile", r.Review?.Profile ?? "none (all appendices shown)"),
        };
        if (r.Review is { PolicyName: { } policy } review)
        {
            rows.Add(Row("Policy pack", policy + " (" + review.PolicyPath + ")"));
            rows.Add(MonoRow("Policy SHA-256", review.PolicySha256 ?? string.Empty));
        }

        if (r.Settings.FirstOrDefault(s => s.Key == "config") is { Value.Length: > 0 } config)
        {
            rows.Add(MonoRow("Audit config", config.Value));
        }

        if (r.CommandLine is not null)
        {
            rows.Add(MonoRow("Command line", r.CommandLine));
        }

        blocks.Add(new TableBlock(["Item", "Value"], [.. rows], "Run"));
        // Each path as given on the command line (the one record of the inputs; section 2 points here), wrapped after a
        // separator, never inside a name.
        blocks.Add(new TableBlock(["Role", "Path", "Rows", "Columns", "SHA-256"],
            [.. r.Inputs.Select(i => ImmutableArray.Create<TableCell>(i.Role, new TableCell(i.Path, Mono: true),
                new TableCell(ReportFormat.Count(i.Rows), Numeric: true), new TableCell(ReportFormat.Count(i.Columns), Numeric: true), new TableCell(i.Sha256, Mono: true)))],
            "Data lineage: the inputs, identified by their SHA-256"));
        return new ReportSection("R1. Purpose and data lineage", "review-purpose", blocks.ToImmutable());
    }

    internal static ReportSection Threat(AuditResult r)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        if (r.ThreatModel is not { } t)
        {
            blocks.Add(new ParagraphBlock("No threat model was recorded with this audit (it was written by an older version or by the library without one); the attacks assumed the strongest attacker, who knows every column.", ParagraphStyle.Warning));
            return new ReportSection("R2. Threat model", "review-threat-model", blocks.ToImmutable());
        }

        blocks.Add(new TableBlock(["Element", "Value", "Source"],
        [
            [new TableCell("Quasi-identifiers (what the attacker knows)"), new TableCell(t.QuasiIdentifiers.IsEmpty ? "every column the attacks use" : string.Join(", ", t.QuasiIdentifiers)), Declared(t.QuasiIdentifiersDeclared)],
            [new TableCell("Secrets (what the attacker wants to learn)"), new TableCell(t.Secrets.IsEmpty ? SecretsInUse(r) : string.Join(", ", t.Secrets)), Declared(t.SecretsDeclared)],
            [new TableCell("Release context"), new TableCell(t.ReleaseContextText), Declared(t.ReleaseContextDeclared)],
        ], "The attacker model the attacks used"));
        foreach (var assumption in t.Assumptions)
        {
            blocks.Add(new ParagraphBlock(assumption, ParagraphStyle.Note));
        }

        return new ReportSection("R2. Threat model", "review-threat-model", blocks.ToImmutable());
    }

    private static ReportSection Identifiers(AuditResult r)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        var scan = r.IdentifierScan;
        if (scan.IsDefaultOrEmpty)
        {
            blocks.Add(new ParagraphBlock("No identifier scan was recorded with this audit.", ParagraphStyle.Warning));
            return new ReportSection("R3. Identifier scan (HIPAA Safe Harbor, GDPR direct identifiers)", "review-identifiers", blocks.ToImmutable());
        }

        var items = scan.GroupBy(f => f.Item).Select(g => (Item: g.Key, Status: g.Max(f => f.Status))).ToList();
        blocks.Add(new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
            $"Every column of the real and the synthetic data was checked against the 18 Safe Harbor identifiers (45 CFR §164.514(b)(2)) by column name and value pattern: {items.Count(i => i.Status == IdentifierStatus.Fail)} item(s) fail, {items.Count(i => i.Status == IdentifierStatus.NeedsReview)} need review, {items.Count(i => i.Status == IdentifierStatus.Pass)} pass. Evidence gives the rule and the share of matching values, never a value. An item the data cannot decide is 'needs review', never 'pass'; the full checklist is in the HIPAA appendix.")));
        if (scan.Any(f => f.Critical))
        {
            blocks.Add(new ParagraphBlock("CRITICAL: the synthetic data copies real identifier values verbatim in " + string.Join(", ", scan.Where(f => f.Critical).Select(f => f.Column)) + ". A real person's identifier would be published.", ParagraphStyle.Warning));
        }

        var shown = scan.Where(f => f.Column is not null || f.Status != IdentifierStatus.Pass).ToList();
        blocks.Add(new TableBlock(["Column", "Safe Harbor item", "Status", "Evidence"],
            [.. shown.Select(f => ImmutableArray.Create<TableCell>(f.Column ?? "(no column)", f.Item, StatusCell(f), f.Evidence))],
            "Columns that match an identifier rule, and items that need review"));
        return new ReportSection("R3. Identifier scan (HIPAA Safe Harbor, GDPR direct identifiers)", "review-identifiers", blocks.ToImmutable());
    }

    private static ReportSection PrivacyEvidence(AuditResult r)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        var rows = new List<ImmutableArray<TableCell>>();
        foreach (var g in r.Summary.Gdpr)
        {
            rows.Add([new TableCell(ReportFormat.Words(g.Criterion) + " (WP29)"), new TableCell(g.Level, ReportFormat.Tone(g.Level)),
                new TableCell(g.Risk is null ? "not evaluated" : ReportFormat.WithInterval(g.Risk, g.Ci)),
                new TableCell("0 (no advantage over the control attack on people outside the training data)")]);
        }

        var membership = MembershipEvidence.Of(r);
        rows.Add([new TableCell("strongest membership attack: " + membership.Attack), new TableCell(membership.Level, ReportFormat.Tone(membership.Level)),
            new TableCell(membership.Value), new TableCell(membership.Baseline)]);
        blocks.Add(new TableBlock(["Evidence", "Level", "Value and 95% interval", "Baseline"], [.. rows],
            "GDPR anonymisation criteria (Article 29 WP Opinion 05/2014) and membership inference (EDPB Opinion 28/2024)"));
        blocks.Add(new ParagraphBlock("Levels: high when the interval starts at 0.30 or more; low when it reaches 0 or lies below 0.10; medium otherwise (docs/metrics.md section 4.7). Membership: low when no attack's interval lies above chance, medium for a weak signal (AUC below 0.60), high for a strong one.", ParagraphStyle.Note));
        return new ReportSection("R4. Privacy evidence", "review-privacy", blocks.ToImmutable());
    }

    private static ReportSection Families(AuditResult r)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        foreach (var family in new[] { MetricFamily.Fidelity, MetricFamily.Utility, MetricFamily.Fairness })
        {
            var verdict = r.Summary.Families.FirstOrDefault(f => f.Family == family);
            var text = verdict is null
                ? ReportFormat.Family(family) + ": not evaluated" + (family == MetricFamily.Utility ? " (needs --target)." : family == MetricFamily.Fairness ? " (needs --sensitive)." : ".")
                : ReportFormat.Family(family) + ": " + verdict.Verdict + " (" + ReportFormat.WithInterval(verdict.Value, verdict.Ci) + "). " + verdict.Sentence;
            blocks.Add(new ParagraphBlock(text));
        }

        return new ReportSection("R6. Fidelity, utility and fairness", "review-quality", blocks.ToImmutable());
    }

    private static ReportSection Thresholds(AuditResult r)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        if (r.Review is not { PolicyName: { } name } review || review.Thresholds.IsDefaultOrEmpty)
        {
            blocks.Add(new ParagraphBlock("No policy pack was applied (choose one with --profile gdpr|hipaa|internal or --policy FILE); the levels above use the report's own rules, stated with each table.", ParagraphStyle.Note));
            return new ReportSection("R7. Thresholds and their sources", "review-thresholds", blocks.ToImmutable());
        }

        blocks.Add(new ParagraphBlock("Policy pack '" + name + "'. Each threshold is compared with the metric's 95% interval: PASS when the whole interval is on the safe side, FAIL when it is wholly on the wrong side, INCONCLUSIVE otherwise (for privacy, not shown to be safe)."));
        blocks.Add(new TableBlock(["Metric", "Bound", "Value and 95% interval", "Outcome", "Source"],
            [.. review.Thresholds.Select(t => ImmutableArray.Create<TableCell>(new TableCell(t.MetricId, Mono: true), t.Bound + " " + ReportFormat.Value(t.Threshold),
                t.Value is null ? "—" : ReportFormat.WithInterval(t.Value, t.Ci), new TableCell(t.Outcome, OutcomeTone(t.Outcome)), t.Source))],
            "Every threshold applied, with where it comes from"));
        blocks.Add(new TableBlock(["Metric", "Why this number"],
            [.. review.Thresholds.Select(t => ImmutableArray.Create<TableCell>(new TableCell(t.MetricId, Mono: true), t.Rationale))]));
        return new ReportSection("R7. Thresholds and their sources", "review-thresholds", blocks.ToImmutable());
    }

    private static ReportSection Decision(AuditResult r)
    {
        var d = r.Review?.Decision ?? ReviewDecision.Empty;
        const string Blank = "______________________________";
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        blocks.Add(new ParagraphBlock("To be completed by the person who decides. This report is evidence for that decision; it does not make it."));
        blocks.Add(new TableBlock(["Field", "Entry"],
        [
            Row("Reviewer", d.Reviewer ?? Blank),
            Row("Role", d.Role ?? Blank),
            Row("Date", d.Date ?? Blank),
            Row("Decision", d.Decision ?? Blank),
            Row("Conditions", d.Conditions ?? Blank),
            Row("Signature", Blank),
        ], "Decision"));
        return new ReportSection("R10. Decision", "review-decision", blocks.ToImmutable());
    }

    /// <summary>The status of a finding as a table cell.</summary>
    internal static TableCell StatusCell(IdentifierFinding f) => new(
        (f.Status switch { IdentifierStatus.Fail => "fail", IdentifierStatus.NeedsReview => "needs review", _ => "pass" }) + (f.Critical ? " (critical)" : string.Empty),
        f.Status switch { IdentifierStatus.Fail => CellTone.Poor, IdentifierStatus.NeedsReview => CellTone.Fair, _ => CellTone.Good });

    private static string SecretsInUse(AuditResult r)
    {
        var secrets = r.Schema.Where(c => c.Role == Core.Data.ColumnRole.Sensitive).Select(c => c.Name).ToList();
        if (secrets.Count > 0)
        {
            return string.Join(", ", secrets) + " (the sensitive columns)";
        }

        return r.Schema.FirstOrDefault(c => c.Role == Core.Data.ColumnRole.Target) is { } target ? target.Name + " (the target)" : "every column in turn";
    }

    private static TableCell Declared(bool declared) => new(declared ? "declared" : "assumed (see below)", declared ? CellTone.None : CellTone.Fair);

    internal static CellTone OutcomeTone(string outcome) => outcome switch
    {
        "PASS" => CellTone.Good,
        "FAIL" => CellTone.Poor,
        "INCONCLUSIVE" => CellTone.Fair,
        _ => CellTone.Muted,
    };

    private static ImmutableArray<TableCell> Row(string key, string value) => [new TableCell(key), new TableCell(value)];

    private static ImmutableArray<TableCell> MonoRow(string key, string value) => [new TableCell(key), new TableCell(value, Mono: true)];
}
