namespace SynthAudit.Core.Randomness;

/// <summary>A fast, seedable xoshiro256** generator (Blackman and Vigna 2018) exposed as <see cref="Random"/>.</summary>
/// <remarks>Used for statistics (bootstrap, sampling, model seeds), never for privacy noise. Its stream is defined here,
/// not by the runtime's <see cref="Random"/> algorithm, so results are reproducible across .NET versions.</remarks>
public sealed class DeterministicRandom : Random
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator whose state is expanded from <paramref name="seed"/> by SplitMix64.</summary>
    public DeterministicRandom(ulong seed)
    {
        var sm = seed;
        _s0 = SplitMix64.Next(ref sm);
        _s1 = SplitMix64.Next(ref sm);
        _s2 = SplitMix64.Next(ref sm);
        _s3 = SplitMix64.Next(ref sm);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform integer in [0, <paramref name="n"/>) by Lemire's unbiased multiply-and-reject method.</summary>
    public int NextInt(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        var range = (ulong)n;
        var x = NextUInt64() >> 32;
        var m = x * range;
        var low = m & 0xFFFFFFFFUL;
        if (low < range)
        {
            var threshold = (0x1_0000_0000UL - range) % range;
            while (low < threshold)
            {
                x = NextUInt64() >> 32;
                m = x * range;
                low = m & 0xFFFFFFFFUL;
            }
        }

        return (int)(m >> 32);
    }

    /// <inheritdoc />
    public override int Next() => NextInt(int.MaxValue);

    /// <inheritdoc />
    public override int Next(int maxValue) => maxValue <= 0 ? 0 : NextInt(maxValue);

    /// <inheritdoc />
    public override int Next(int minValue, int maxValue)
    {
        if (maxValue <= minValue)
        {
            return minValue;
        }

        var range = (long)maxValue - minValue;
        return range <= int.MaxValue ? minValue + NextInt((int)range) : (int)(minValue + (long)(NextDouble() * range));
    }

    /// <inheritdoc />
    public override double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    /// <inheritdoc />
    protected override double Sample() => NextDouble();

    /// <inheritdoc />
    public override void NextBytes(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)(NextUInt64() >> 56);
        }
    }

    /// <inheritdoc />
    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

    /// <summary>A standard normal draw (Marsaglia polar method).</summary>
    public double NextGaussian()
    {
        while (true)
        {
            var u = 2 * NextDouble() - 1;
            var v = 2 * NextDouble() - 1;
            var s = u * u + v * v;
            if (s > 0 && s < 1)
            {
                return u * Math.Sqrt(-2 * Math.Log(s) / s);
            }
        }
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates).</summary>
    public void ShuffleInPlace<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>A random permutation of 0..n-1.</summary>
    public int[] Permutation(int n)
    {
        var p = new int[n];
        for (var i = 0; i < n; i++)
        {
            p[i] = i;
        }

        ShuffleInPlace(p.AsSpan());
        return p;
    }

    /// <summary><paramref name="k"/> distinct indices from 0..n-1 (partial Fisher–Yates), in draw order.</summary>
    public int[] SampleWithoutReplacement(int n, int k)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        if (k < n / 16)
        {
            return SparseSample(n, k);
        }

        var p = new int[n];
        for (var i = 0; i < n; i++)
        {
            p[i] = i;
        }

        for (var i = 0; i < k; i++)
        {
            var j = i + NextInt(n - i);
            (p[i], p[j]) = (p[j], p[i]);
        }

        return p.AsSpan(0, k).ToArray();
    }

    /// <summary>The partial Fisher–Yates of <see cref="SampleWithoutReplacement"/> on a virtual identity array: only the
    /// swapped slots are stored, so a small sample of a large range costs O(k), not O(n), with the same draws and result.</summary>
    private int[] SparseSample(int n, int k)
    {
        var moved = new Dictionary<int, int>(2 * k);
        var result = new int[k];
        for (var i = 0; i < k; i++)
        {
            var j = i + NextInt(n - i);
            var atI = moved.TryGetValue(i, out var vi) ? vi : i;
            var atJ = moved.TryGetValue(j, out var vj) ? vj : j;
            moved[j] = atI;
            result[i] = atJ;
        }

        return result;
    }

    /// <summary><paramref name="k"/> indices drawn with replacement from 0..n-1 (a bootstrap resample).</summary>
    public int[] SampleWithReplacement(int n, int k)
    {
        var r = new int[k];
        for (var i = 0; i < k; i++)
        {
            r[i] = NextInt(n);
        }

        return r;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
