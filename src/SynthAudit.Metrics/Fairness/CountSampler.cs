using SynthAudit.Core.Randomness;

namespace SynthAudit.Metrics.Fairness;

/// <summary>Exact binomial draws for bootstraps that only need counts.</summary>
/// <remarks>Resampling n rows with replacement and counting those of a kind gives Binomial(n, k/n), drawn here without touching
/// rows: when min(p, 1 − p) &lt; 0.1 by geometric waiting times (Devroye 1986, Non-Uniform Random Variate Generation, X.4:
/// skip ⌊ln U / ln(1 − p)⌋ failures per success, on the complement when p &gt; ½; about n·min(p, 1 − p) + 1 logarithms),
/// otherwise by counting n uniforms below p.</remarks>
internal static class CountSampler
{
    /// <summary>Above this (complement-folded) probability, counting n uniforms is cheaper than one logarithm per success.</summary>
    private const double GeometricBelow = 0.1;

    /// <summary>A Binomial(n, p) draw.</summary>
    public static int Binomial(DeterministicRandom random, int n, double p)
    {
        if (n <= 0 || p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return n;
        }

        if (p > 0.5)
        {
            return n - Binomial(random, n, 1 - p);
        }

        if (p > GeometricBelow)
        {
            var hits = 0;
            for (var i = 0; i < n; i++)
            {
                if (random.NextDouble() < p)
                {
                    hits++;
                }
            }

            return hits;
        }

        var logQ = Math.Log(1 - p);
        var successes = 0;
        long trial = 0;
        while (true)
        {
            var u = 1 - random.NextDouble();
            trial += (long)Math.Floor(Math.Log(u) / logQ) + 1;
            if (trial > n)
            {
                return successes;
            }

            successes++;
        }
    }
}
