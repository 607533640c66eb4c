using System.Numerics;

namespace SynthAudit.Generation.Privacy;

/// <summary>Uniform integers and doubles built from the bits of an <see cref="IDpRandom"/> by rejection sampling.</summary>
public static class DpRandomExtensions
{
    /// <summary>A uniform integer in [0, n) (n &gt; 0), unbiased by rejection.</summary>
    public static ulong UniformBelow(this IDpRandom random, ulong n)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfZero(n);
        if (n == 1)
        {
            return 0;
        }

        var bits = 64 - BitOperations.LeadingZeroCount(n - 1);
        var mask = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        while (true)
        {
            var u = random.NextUInt64() & mask;
            if (u < n)
            {
                return u;
            }
        }
    }

    /// <summary>A uniform integer in [0, n) (n &gt; 0) for 128-bit bounds, unbiased by rejection.</summary>
    public static UInt128 UniformBelow(this IDpRandom random, UInt128 n)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (n == UInt128.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(n));
        }

        if (n <= ulong.MaxValue)
        {
            return random.UniformBelow((ulong)n);
        }

        var bits = 128 - (int)UInt128.LeadingZeroCount(n - 1);
        var mask = bits == 128 ? UInt128.MaxValue : (UInt128.One << bits) - 1;
        while (true)
        {
            var u = new UInt128(random.NextUInt64(), random.NextUInt64()) & mask;
            if (u < n)
            {
                return u;
            }
        }
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public static double NextDouble(this IDpRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return (random.NextUInt64() >> 11) * (1.0 / (1UL << 53));
    }
}
