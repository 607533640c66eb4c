namespace SynthAudit.Core.Randomness;

/// <summary>Derives independent, reproducible random streams from one master seed (docs/metrics.md section 6.4).</summary>
/// <remarks><c>seed(metric, purpose, replicate) = SplitMix64(master ⊕ FNV1a64(metric + "/" + purpose) ⊕ replicate·0x9E3779B97F4A7C15)</c>,
/// so results depend neither on execution order nor on the number of threads.</remarks>
public sealed class SeedSource
{
    /// <summary>Creates the source for a master seed.</summary>
    public SeedSource(long masterSeed)
    {
        MasterSeed = masterSeed;
    }

    /// <summary>The master seed recorded in the report.</summary>
    public long MasterSeed { get; }

    /// <summary>The derived 64-bit seed for a consumer.</summary>
    public ulong SeedFor(string metricId, string purpose = "", long replicate = 0)
    {
        ArgumentNullException.ThrowIfNull(metricId);
        var x = (ulong)MasterSeed ^ Fnv1a64.Hash(metricId + "/" + purpose) ^ unchecked((ulong)replicate * 0x9E3779B97F4A7C15UL);
        return SplitMix64.Mix(x);
    }

    /// <summary>A fresh generator for a consumer.</summary>
    public DeterministicRandom For(string metricId, string purpose = "", long replicate = 0) =>
        new(SeedFor(metricId, purpose, replicate));
}
