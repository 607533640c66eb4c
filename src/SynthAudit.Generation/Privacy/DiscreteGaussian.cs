namespace SynthAudit.Generation.Privacy;

/// <summary>Exact sampler of the discrete Gaussian N_Z(0, σ²) (Canonne, Kamath, Steinke 2020), in integer arithmetic.</summary>
/// <remarks>σ² is held as a rational num/2^24 rounded UP (never less noise than charged). Bernoulli(a/b) draws a uniform
/// integer below b by rejection from random bits; Bernoulli(exp(−γ)) uses the alternating-series loop (and repeats
/// Bernoulli(exp(−1)) for the integer part of γ); the discrete Laplace with scale t = ⌊σ⌋ + 1 is the proposal, accepted with
/// probability exp(−(|Y| − σ²/t)² / (2σ²)) = exp(−(|Y|·t − σ²)² / (2σ²t²)). No floating point touches the sample
/// (docs/dp-generator.md 7.5), which defeats the floating-point attacks of Mironov 2012 and Jin et al. 2022.</remarks>
public sealed class DiscreteGaussian
{
    private const int DenominatorBits = 24;
    private readonly UInt128 _num;
    private readonly UInt128 _den;
    private readonly ulong _t;

    /// <summary>Creates the sampler for variance parameter <paramref name="sigmaSquared"/> (rounded up to a rational).</summary>
    public DiscreteGaussian(double sigmaSquared)
    {
        if (!(sigmaSquared > 0) || sigmaSquared > 1e12)
        {
            throw new ArgumentOutOfRangeException(nameof(sigmaSquared), "sigma^2 must be in (0, 1e12]");
        }

        _den = UInt128.One << DenominatorBits;
        _num = (UInt128)Math.Ceiling(sigmaSquared * (double)(1UL << DenominatorBits));
        SigmaSquared = (double)_num / (double)_den;
        _t = (ulong)Math.Floor(Math.Sqrt(SigmaSquared)) + 1;
    }

    /// <summary>The σ² actually used (≥ the one asked for).</summary>
    public double SigmaSquared { get; }

    /// <summary>The exact variance of N_Z(0, σ²): Σ k² e^{−k²/(2σ²)} / Σ e^{−k²/(2σ²)}.</summary>
    public static double ExactVariance(double sigmaSquared)
    {
        double num = 0;
        double den = 1;
        var limit = (int)Math.Ceiling(40 * Math.Sqrt(sigmaSquared)) + 10;
        for (var k = 1; k <= limit; k++)
        {
            var w = Math.Exp(-(double)k * k / (2 * sigmaSquared));
            num += 2 * (double)k * k * w;
            den += 2 * w;
        }

        return num / den;
    }

    /// <summary>Draws one sample.</summary>
    public long Sample(IDpRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var t = (UInt128)_t;
        while (true)
        {
            var y = DiscreteLaplace(random, _t);
            var abs = (UInt128)(ulong)Math.Abs(y);

            // gamma = (|y|·t·den − num)² / (2·num·t²)·(1/den) = (|y|·t·den − num)² / (2·num·den·t²)
            var left = abs * t * _den;
            var diff = left >= _num ? left - _num : _num - left;
            var a = diff * diff;
            var b = 2 * _num * _den * t * t;
            if (BernoulliExp(random, a, b))
            {
                return y;
            }
        }
    }

    /// <summary>Adds independent noise to every count.</summary>
    public void AddNoise(ReadOnlySpan<long> counts, Span<double> noisy, IDpRandom random)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            noisy[i] = counts[i] + Sample(random);
        }
    }

    /// <summary>Bernoulli(a/b) for 0 ≤ a ≤ b.</summary>
    internal static bool Bernoulli(IDpRandom random, UInt128 a, UInt128 b) => random.UniformBelow(b) < a;

    /// <summary>Bernoulli(exp(−a/b)) for any a ≥ 0, b &gt; 0.</summary>
    internal static bool BernoulliExp(IDpRandom random, UInt128 a, UInt128 b)
    {
        var whole = a / b;
        for (UInt128 i = 0; i < whole; i++)
        {
            if (!BernoulliExpUnit(random, UInt128.One, UInt128.One))
            {
                return false;
            }
        }

        return BernoulliExpUnit(random, a - (whole * b), b);
    }

    /// <summary>Bernoulli(exp(−a/b)) for 0 ≤ a/b ≤ 1.</summary>
    private static bool BernoulliExpUnit(IDpRandom random, UInt128 a, UInt128 b)
    {
        UInt128 k = 1;
        while (Bernoulli(random, a, b * k))
        {
            k++;
        }

        return (k & UInt128.One) == UInt128.One;
    }

    /// <summary>The discrete Laplace with integer scale t (pmf ∝ exp(−|y|/t)).</summary>
    private static long DiscreteLaplace(IDpRandom random, ulong t)
    {
        while (true)
        {
            var u = random.UniformBelow(t);
            if (!BernoulliExpUnit(random, u, t))
            {
                continue;
            }

            ulong v = 0;
            while (BernoulliExpUnit(random, UInt128.One, UInt128.One))
            {
                v++;
            }

            var x = u + (t * v);
            var negative = (random.NextUInt64() & 1UL) == 1UL;
            if (negative && x == 0)
            {
                continue;
            }

            return negative ? -(long)x : (long)x;
        }
    }
}
