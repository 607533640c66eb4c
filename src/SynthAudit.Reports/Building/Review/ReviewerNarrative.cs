using System.Globalization;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Results;
using SynthAudit.Core.Results.Compliance;
using SynthAudit.Reports.Text;

namespace SynthAudit.Reports.Building.Review;

/// <summary>The residual risk and the limitations of an audit in plain words, derived from the result (never from
/// hand-written verdicts), so that every sentence can be traced to a number in the report.</summary>
internal static class ReviewerNarrative
{
    /// <summary>The residual risk, one paragraph per source of risk.</summary>
    public static IReadOnlyList<string> ResidualRisk(AuditResult r)
    {
        var text = new List<string>();
        var failing = r.IdentifierScan.Where(f => f.Status == IdentifierStatus.Fail && f.Column is not null).ToList();
        if (failing.Count > 0)
        {
            var columns = string.Join(", ", failing.Select(f => f.Column).Distinct());
            text.Add("Identifiers: " + columns + " match identifiers that HIPAA Safe Harbor requires removing or coarsening (and that the GDPR treats as identifying). Released as they are, they identify or help identify people whatever the attack results say; removing or coarsening them is the first mitigation."
                + (failing.Any(f => f.Critical) ? " Some synthetic values are verbatim copies of real identifiers: this alone rules out release." : string.Empty));
        }
        else if (!r.IdentifierScan.IsDefaultOrEmpty)
        {
            text.Add("Identifiers: no column matched a direct identifier or a Safe Harbor item; the items the scan cannot decide are left to the reviewer (section R3).");
        }

        var levels = r.Summary.Gdpr.Where(g => g.Risk is not null).ToList();
        if (levels.Count == 0)
        {
            text.Add("Attacks: the singling-out, linkability and inference attacks did not run (they need --holdout), so this report has no evidence on the three GDPR criteria.");
        }
        else
        {
            var worst = levels.OrderByDescending(g => LevelRank(g.Level)).First();
            var attacker = r.ThreatModel is { QuasiIdentifiersDeclared: true } t
                ? "an attacker who knows " + string.Join(", ", t.QuasiIdentifiers)
                : "an attacker who knows every other column (the strongest attacker modelled)";
            var summary = string.Join(", ", levels.Select(g => ReportFormat.Words(g.Criterion) + " " + g.Level));
            text.Add(worst.Level switch
            {
                "high" => "Attacks: " + summary + ". For " + attacker + ", " + ReportFormat.Words(worst.Criterion) + " succeeds clearly more often on people in the training data than on others: the synthetic data reveals something about specific people.",
                "medium" => "Attacks: " + summary + ". For " + attacker + ", " + ReportFormat.Words(worst.Criterion) + " succeeds measurably more often on people in the training data than on others, though by less than 0.30 of what a copy of the data would allow: a small but real disclosure risk remains.",
                _ => "Attacks: " + summary + ". For " + attacker + ", none of the three attacks does measurably better on people in the training data than on people outside it; the intervals in section R4 bound how large the advantage could still be.",
            });
        }

        var membership = MembershipEvidence.Of(r);
        text.Add(membership.Level switch
        {
            "high" => "Membership: an attacker can tell, better than chance, whether a given person's record was used to train the generator (" + membership.Value + "). Being in the data may itself be sensitive.",
            "medium" => "Membership: a weak membership signal (" + membership.Value + "): records used for training are slightly easier to recognise.",
            "low" => "Membership: no evidence that training records can be recognised (" + membership.Value + ").",
            _ => "Membership: not evaluated; whether a person's presence in the training data can be detected is unknown.",
        });
        text.Add(r.DpGuarantee is { Seed: null } dp
            ? string.Create(CultureInfo.InvariantCulture, $"Formal guarantee: ({ReportFormat.Value(dp.Epsilon)}, {dp.Delta:0.###E+0})-differential privacy bounds what any attacker can learn about one row, whatever their knowledge; the empirical results above should agree with it.")
            : "Formal guarantee: none. The risks above describe the attacks that were run; a stronger or better-informed attacker could do better.");
        var context = r.ThreatModel?.ReleaseContext ?? ThreatModel.DefaultReleaseContext;
        text.Add(context switch
        {
            "public" => "Context: in a public release anyone may try these and other attacks, with any outside data, and the release cannot be withdrawn.",
            "contract" => "Context: shared under contract, the recipients and their obligations limit who can attack; the residual risk rests on those obligations being kept.",
            _ => "Context: for internal use, access controls limit who can attack; the residual risk rests on those controls.",
        });
        return text;
    }

    /// <summary>What the audit did not test.</summary>
    public static IReadOnlyList<string> Limitations(AuditResult r)
    {
        var text = new List<string>();
        if (r.Find(MetricIds.MiaShadowAuc) is not { Status: MetricStatus.Ok })
        {
            text.Add("No shadow-model attack on the generator was run (it needs the generator: audit --generator or --builtin); membership was tested on the released data only, which is the weaker attack class.");
        }

        if (r.ThreatModel is { QuasiIdentifiersDeclared: true } t)
        {
            text.Add("Attacker knowledge beyond the declared quasi-identifiers (" + string.Join(", ", t.QuasiIdentifiers) + ") was not modelled; an attacker who knows more columns may do better.");
        }
        else
        {
            text.Add("No quasi-identifiers were declared, so the attacks assumed an attacker who knows every column; this overstates a realistic attacker but still does not model knowledge from outside the data.");
        }

        text.Add("Linkage with external data (registers, earlier releases, social media) was not tested: the linkability attack links two parts of this data through the synthetic rows only.");
        text.Add("Other releases about the same people (earlier synthetic data, published statistics) were not taken into account; risks and privacy budgets add up across releases.");
        text.Add("The identifier scan reads column names and value patterns: identifiers inside free text, images or unusual codes can escape it, and rare combinations of ordinary values are left to the reviewer (Safe Harbor item R and the singling-out risk).");
        text.Add(string.Create(CultureInfo.InvariantCulture,
            $"Every attack result is an estimate from a sample of targets, with a 95% interval; a rare, very exposed record (an outlier) need not be among the targets."));
        var skipped = r.Metrics.Where(m => m.Status != MetricStatus.Ok).ToList();
        if (skipped.Count > 0)
        {
            text.Add(string.Create(CultureInfo.InvariantCulture, $"{skipped.Count} of {r.Metrics.Length} metrics did not run: ")
                + string.Join("; ", skipped.GroupBy(m => m.Reason ?? "no reason").Select(g => string.Join(", ", g.Select(m => m.Metric.Id)) + " (" + g.Key + ")")) + ".");
        }

        if (r.DpGuarantee is not null)
        {
            text.Add("The differential-privacy guarantee is taken from the generator's privacy card; this audit checks that the card belongs to the file, not that the generator implements the mechanism correctly.");
        }

        return text;
    }

    private static int LevelRank(string level) => level switch
    {
        "high" => 3,
        "medium" => 2,
        "low" => 1,
        _ => 0,
    };
}
