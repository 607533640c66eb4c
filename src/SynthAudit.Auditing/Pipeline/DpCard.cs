using SynthAudit.Core.Errors;
using SynthAudit.Core.Provenance;

namespace SynthAudit.Auditing.Pipeline;

/// <summary>Finds the privacy card (<c>SYNTH.csv.dp.json</c>) written by <c>generate</c> next to a synthetic file.</summary>
internal static class DpCard
{
    /// <summary>The guarantee recorded next to <paramref name="syntheticPath"/>, or null when there is none.</summary>
    /// <exception cref="InputException">The card exists but cannot be read.</exception>
    public static DpGuarantee? TryRead(string syntheticPath, List<string> warnings)
    {
        var path = syntheticPath + ".dp.json";
        if (!File.Exists(path))
        {
            return null;
        }

        var card = DpGuaranteeJson.Read(path);
        if (card.Seed is not null)
        {
            warnings.Add("the synthetic data was generated with a fixed seed: its DP guarantee is NOT valid (seeded runs are for testing only)");
        }

        return card;
    }
}
