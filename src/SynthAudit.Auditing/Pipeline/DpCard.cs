using System.Globalization;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Provenance;
using SynthAudit.Core.Results;

namespace SynthAudit.Auditing.Pipeline;

/// <summary>Finds the privacy card (<c>SYNTH.csv.dp.json</c>) written by <c>generate</c> next to a synthetic file and checks
/// that it belongs to that file: the card records the SHA-256 and row count of the CSV it was written with, and the
/// guarantee is reported only while the file still has that hash. <c>audit</c> and <c>compare</c> both use this class.</summary>
internal static class DpCard
{
    /// <summary>The card next to <paramref name="syntheticPath"/>, read and checked for completeness, or null when there is
    /// none. Call it before any other work, so a bad card fails fast.</summary>
    /// <exception cref="InputException">The card exists but is malformed or partial (exit 2, one line).</exception>
    public static DpGuarantee? Read(string syntheticPath)
    {
        var path = syntheticPath + ".dp.json";
        return File.Exists(path) ? DpGuaranteeJson.Read(path) : null;
    }

    /// <summary>Binds a card read by <see cref="Read"/> to the synthetic file as read, adding the warnings to
    /// <paramref name="warnings"/>: the seeded-run warning when the card applies, the loud rejection when it does not.</summary>
    public static DpCardCheck Bind(DpGuarantee? card, InputInfo synthetic, List<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(synthetic);
        ArgumentNullException.ThrowIfNull(warnings);
        if (card is null)
        {
            return DpCardCheck.None;
        }

        if (!string.Equals(card.DataSha256, synthetic.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            var rejected = string.Create(CultureInfo.InvariantCulture,
                $"the synthetic file {Path.GetFileName(synthetic.Path)} was changed after generation (its SHA-256 differs from the one in its dp.json card; {synthetic.Rows:N0} rows now, {card.Rows:N0} when generated): the ({card.Epsilon:G6}, {card.Delta:G3})-DP guarantee of {card.Mechanism.ToUpperInvariant()} does NOT apply to this data");
            warnings.Add("DP guarantee NOT applied: " + rejected);
            return new DpCardCheck(null, rejected);
        }

        if (card.Seed is not null)
        {
            warnings.Add("the synthetic data was generated with a fixed seed: its DP guarantee is NOT valid (seeded runs are for testing only)");
        }

        return new DpCardCheck(card, null);
    }
}
