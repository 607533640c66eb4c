using System.Collections.Immutable;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Core.Results.Compliance;
using SynthAudit.Reports.Document;
using SynthAudit.Reports.Text;

namespace SynthAudit.Reports.Building.Review;

/// <summary>The regulation appendices: GDPR (WP29 criteria and related guidance → metrics), HIPAA (the Safe Harbor
/// checklist and the Expert Determination evidence list) and NIST SP 800-226 (items → where this report answers them).</summary>
internal static class RegulationAppendix
{
    public static ReportSection Gdpr(AuditResult r)
    {
        string Level(string criterion) => r.Summary.Gdpr.FirstOrDefault(g => g.Criterion == criterion) is { } g
            ? g.Level + (g.Risk is null ? string.Empty : " (" + ReportFormat.WithInterval(g.Risk, g.Ci) + ")")
            : "not evaluated";
        var membership = MembershipEvidence.Of(r);
        var rows = new (string Requirement, string Evidence, string Finding, string Where)[]
        {
            ("WP29 Opinion 05/2014: singling out", "privacy.singling_out_risk (primary); exact_match_rate, dcr_share, nndr", Level("singling_out"), "R4, section 7"),
            ("WP29 Opinion 05/2014: linkability", "privacy.linkability_risk (primary); membership-inference AUCs", Level("linkability"), "R4, section 7"),
            ("WP29 Opinion 05/2014: inference", "privacy.inference_risk", Level("inference"), "R4, section 7"),
            ("EDPB Opinion 28/2024, Executive summary: extraction of training data, directly or through queries, insignificant", "mia_distance_auc, mia_density_auc, mia_shadow_* ; inference_risk", membership.Level + " (" + membership.Value + ")", "R4, section 7"),
            ("Recital 26: means reasonably likely to be used", "threat model (declared knowledge, release context); limitations", r.ThreatModel?.ReleaseContext ?? "public", "R2, R9"),
            ("ICO anonymisation guidance (2025): motivated-intruder test, record and review", "threat model; decision block with date for review", r.Review?.Decision.Date is null ? "decision not yet recorded" : "decision recorded", "R2, R10"),
            ("CNIL: singling-out, linkability and inference scores as input to the controller's decision", "the three Anonymeter-style risks with control attack and intervals", Level("singling_out") + "; " + Level("linkability") + "; " + Level("inference"), "R4"),
            ("Art. 4(1) direct identifiers (name, identification number, location, online identifier)", "identifier scan", Worst(r, "ABDEFGHIJKLMNOR"), "R3, HIPAA appendix"),
        };
        return new ReportSection("Appendix GDPR: criteria and where the evidence is", "appendix-gdpr",
        [
            new ParagraphBlock("How the report's evidence maps onto what European regulators ask an anonymisation assessment to show. The mapping is evidence for the controller's assessment under Recital 26; it does not replace it."),
            new TableBlock(["Requirement", "Evidence in this report", "Finding", "Where"],
                [.. rows.Select(x => ImmutableArray.Create<TableCell>(x.Requirement, x.Evidence, x.Finding, x.Where))]),
        ]);
    }

    public static ReportSection Hipaa(AuditResult r)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        blocks.Add(new ParagraphBlock("Safe Harbor (45 CFR §164.514(b)(2)): all 18 identifiers of (b)(2)(i)(A)–(R) must be removed and the covered entity must have no actual knowledge that the rest could identify a person. The scan checks the first condition column by column; the second is always for the reviewer."));
        var rows = new List<ImmutableArray<TableCell>>();

        // The sentence of an item no column matched is the same for most items: it is said once, in the caption, and
        // those rows say "no match" (the full text of every finding stays in audit.json, identifierScan).
        var noMatch = r.IdentifierScan.Where(f => f.Column is null && f.Status == IdentifierStatus.Pass)
            .GroupBy(f => f.Evidence, StringComparer.Ordinal).Where(g => g.Count() >= 3).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        foreach (var item in r.IdentifierScan.GroupBy(f => f.Item))
        {
            var status = item.Max(f => f.Status);
            var columns = string.Join(", ", item.Where(f => f.Column is not null).Select(f => f.Column + " (" + StatusWord(f.Status) + ")"));
            var evidence = string.Join(" | ", item.Select(f => (f.Column is null ? string.Empty : f.Column + ": ")
                + (f.Column is null && string.Equals(f.Evidence, noMatch, StringComparison.Ordinal) ? "no match" : f.Evidence)));
            rows.Add([new TableCell(item.Key), ReviewerPagesBuilder.StatusCell(new IdentifierFinding(null, item.Key, status, string.Empty) { Critical = item.Any(f => f.Critical) }),
                new TableCell(columns.Length == 0 ? "—" : columns), new TableCell(evidence)]);
        }

        rows.Add([new TableCell("(b)(2)(ii) no actual knowledge that the remaining data could identify an individual"),
            new TableCell("needs review", CellTone.Fair), new TableCell("—"), new TableCell("cannot be decided from the data: the covered entity states it")]);
        blocks.Add(new TableBlock(["Safe Harbor item", "Status", "Columns", "Evidence"], [.. rows],
            "Safe Harbor checklist" + (noMatch is null ? string.Empty : " (no match: " + noMatch + ")")));
        var evidenceList = new (string Element, string Where)[]
        {
            ("The risk of identification is 'very small' (§164.514(b)(1)(i))", "R4 (attack risks with intervals), R7 (thresholds and sources), R8 (residual risk)"),
            ("...by an anticipated recipient (§164.514(b)(1)(i))", "R2 (release context)"),
            ("...alone or in combination with other reasonably available information (§164.514(b)(1)(i))", "R2 (quasi-identifiers), R9 (linkage not tested)"),
            ("Methods documented (§164.514(b)(1)(ii))", "section 8 (methods), docs/metrics.md, audit.json"),
            ("Results documented", "sections 1–7, audit.json (SHA-256 of every input in R1)"),
            ("Expert's determination, name and date", "R10 (decision block)"),
        };
        blocks.Add(new TableBlock(["Expert Determination element", "Where this report gives evidence"],
            [.. evidenceList.Select(e => ImmutableArray.Create<TableCell>(e.Element, e.Where))], "Expert Determination evidence list"));
        return new ReportSection("Appendix HIPAA: Safe Harbor checklist and Expert Determination evidence", "appendix-hipaa", blocks.ToImmutable());
    }

    public static ReportSection Nist(AuditResult r)
    {
        var dp = r.DpGuarantee is not null;
        string Answer(string where) => dp ? where : "not answered: no differential-privacy guarantee";
        var rows = new (string Item, string Where)[]
        {
            ("Privacy parameter ε", Answer("R5")),
            ("δ and its relation to the number of rows", Answer("R5")),
            ("DP variant (pure, approximate, zCDP, Rényi)", Answer("R5")),
            ("Unit of privacy (event, row, person)", Answer("R5")),
            ("Trust model (local, central, shuffle)", Answer("R5")),
            ("Privacy accounting and composition across releases", Answer("R5 (within this release); R9 (across releases: not counted)")),
            ("Implementation hazards (floating point, randomness, side channels)", Answer("R5 (randomness, domain); R9 (implementation not verified)")),
            ("Data provenance of the protected release", "R1 (SHA-256 of inputs)" + (dp ? "; R5 (card bound to the file)" : string.Empty)),
            ("Utility and accuracy of the private output", "R6, sections 4 and 5"),
            ("Bias introduced by the privacy mechanism", "R6, section 6"),
            ("Empirical privacy evaluation (attacks) alongside the guarantee", "R4, section 7"),
        };
        return new ReportSection("Appendix NIST SP 800-226: items and where they are answered", "appendix-nist",
        [
            new ParagraphBlock("NIST SP 800-226 (Guidelines for Evaluating Differential Privacy Guarantees, 2025) lists what an evaluator needs to know about a DP release. Where this report answers each:"),
            new TableBlock(["Item", "Where answered"], [.. rows.Select(x => ImmutableArray.Create<TableCell>(x.Item, x.Where))]),
        ]);
    }

    private static string Worst(AuditResult r, string letters)
    {
        var findings = r.IdentifierScan.Where(f => f.Item.Length > 2 && letters.Contains(f.Item[1], StringComparison.Ordinal)).ToList();
        return findings.Count == 0 ? "not scanned" : StatusWord(findings.Max(f => f.Status)) + (findings.Any(f => f.Critical) ? " (critical copy)" : string.Empty);
    }

    private static string StatusWord(IdentifierStatus status) => status switch
    {
        IdentifierStatus.Fail => "fail",
        IdentifierStatus.NeedsReview => "needs review",
        _ => "pass",
    };
}
