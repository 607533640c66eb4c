using System.Collections.Immutable;
using System.Globalization;
using SynthAudit.Core.Results;
using SynthAudit.Reports.Document;
using SynthAudit.Reports.Text;

namespace SynthAudit.Reports.Building.Review;

/// <summary>The differential-privacy guarantee in the terms NIST SP 800-226 (Guidelines for Evaluating Differential
/// Privacy Guarantees, 2025) asks an evaluator to state: ε, δ, the DP variant, the unit of privacy, the trust model, the
/// privacy accounting and the implementation hazards.</summary>
internal static class DpTerms
{
    /// <summary>The blocks of the reviewer's DP section.</summary>
    public static ImmutableArray<ReportBlock> Blocks(AuditResult r)
    {
        var blocks = ImmutableArray.CreateBuilder<ReportBlock>();
        if (r.DpGuarantee is not { } dp)
        {
            blocks.Add(new ParagraphBlock(r.DpGuaranteeRejected is { } rejected
                ? "No differential-privacy guarantee applies: " + rejected + ". The NIST SP 800-226 items below are therefore not answered; only the empirical attacks of this report are evidence."
                : "The synthetic data carries no differential-privacy guarantee (no privacy card from 'synthaudit generate' was found next to it). The NIST SP 800-226 items below are therefore not answered; only the empirical attacks of this report are evidence, and they bound what these attacks achieve, not what any attacker could.",
                ParagraphStyle.Warning));
            blocks.Add(Table(
            [
                ("Privacy parameter ε", "none"),
                ("δ", "none"),
                ("DP variant", "none"),
                ("Unit of privacy", "not applicable"),
                ("Trust model", "not applicable"),
                ("Privacy accounting", "not applicable"),
                ("Implementation hazards", "not applicable"),
            ]));
            return blocks.ToImmutable();
        }

        var seeded = dp.Seed is not null;
        if (seeded)
        {
            blocks.Add(new ParagraphBlock("The generator ran with a fixed seed: its noise can be regenerated, so the nominal guarantee below is NOT a privacy guarantee (testing only).", ParagraphStyle.Warning));
        }

        var accounting = string.Create(CultureInfo.InvariantCulture,
            $"zero-concentrated DP (ρ-zCDP), composed over {dp.Ledger.Length} recorded step(s) ({string.Join("; ", dp.Ledger.GroupBy(l => l.Purpose).Select(g => g.Key + ": " + (g.Count() > 1 ? g.Count().ToString(CultureInfo.InvariantCulture) + " steps, " : string.Empty) + "ρ " + ReportFormat.Value(g.Sum(l => l.Rho))))}); total ρ = {ReportFormat.Value(dp.Rho)}");
        blocks.Add(Table(
        [
            ("Privacy parameter ε", ReportFormat.Value(dp.Epsilon)),
            ("δ", dp.Delta.ToString("0.###E+0", CultureInfo.InvariantCulture) + " (the probability the ε bound may fail; keep it well below 1/rows = " + (dp.Rows > 0 ? (1.0 / dp.Rows).ToString("0.###E+0", CultureInfo.InvariantCulture) : "unknown") + ")"),
            ("DP variant", "approximate (ε, δ)-DP, converted from ρ-zCDP by the " + dp.Conversion),
            ("Unit of privacy", dp.Unit + " (neighbouring datasets: " + dp.Neighbouring + "); this protects a person only if each person contributes one row"),
            ("Trust model", "central: the party that runs the generator sees the raw data and must be trusted; the guarantee covers everyone who receives the synthetic data"),
            ("Privacy accounting", accounting),
            ("Mechanism", dp.Mechanism.ToUpperInvariant() + (dp.Estimator.Length > 0 ? " (" + dp.Estimator + ")" : string.Empty)),
            ("Implementation hazards", "randomness: " + dp.Randomness + "; domain: " + dp.DomainSource
                + " (a domain read from the private data without budget would leak it); floating-point noise sampling and timing side channels are not verified by this audit"
                + (dp.PartitionSelectionDelta > 0 ? string.Create(CultureInfo.InvariantCulture, $"; partition selection spends δ {dp.PartitionSelectionDelta:0.###E+0}") : string.Empty)),
            ("Data the guarantee applies to", "the synthetic file with SHA-256 " + dp.DataSha256 + " (checked against the audited file)"),
        ]));
        return blocks.ToImmutable();
    }

    private static TableBlock Table(IReadOnlyList<(string Item, string Value)> rows) =>
        new(["NIST SP 800-226 item", "This release"], [.. rows.Select(r => ImmutableArray.Create<TableCell>(r.Item, r.Value))]);
}
