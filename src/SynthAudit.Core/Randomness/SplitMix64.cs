namespace SynthAudit.Core.Randomness;

/// <summary>The SplitMix64 generator step (Steele, Lea, Flood 2014), used to seed and to derive streams.</summary>
public static class SplitMix64
{
    /// <summary>Advances <paramref name="state"/> and returns the next output.</summary>
    public static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>One output for a given input (a stateless mix).</summary>
    public static ulong Mix(ulong value)
    {
        var state = value;
        return Next(ref state);
    }
}
