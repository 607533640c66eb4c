using System.Text;

namespace SynthAudit.Core.Randomness;

/// <summary>The 64-bit FNV-1a hash of a UTF-8 string, used to derive per-metric random streams.</summary>
public static class Fnv1a64
{
    /// <summary>Hashes <paramref name="text"/>.</summary>
    public static ulong Hash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 0xCBF29CE484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 0x100000001B3UL;
        }

        return hash;
    }
}
