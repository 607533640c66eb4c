using SynthAudit.Core.Provenance;

namespace SynthAudit.Cli.Auditing;

/// <summary>Finds the privacy card (<c>SYNTH.csv.dp.json</c>) written by <c>generate</c> next to a synthetic file.</summary>
internal static class DpCard
{
    /// <summary>The guarantee recorded next to <paramref name="syntheticPath"/>, or null when there is none.</summary>
    public static DpGuarantee? TryRead(string syntheticPath, List<string> warnings)
    {
        var path = syntheticPath + ".dp.json";
        if (!File.Exists(path))
        {
            return null;
        }

        warnings.Add("found " + Path.GetFileName(path) + " but this version cannot read DP cards yet");
        return null;
    }
}
