using SynthAudit.Core.Randomness;

namespace SynthAudit.Metrics.Fairness;

/// <summary>Exact binomial and multinomial draws for bootstraps that only need counts.</summary>
/// <remarks>Resampling n rows with replacement and counting those of a kind gives Binomial(n, k/n); counting every kind gives
/// Multinomial(n, shares). Both are drawn exactly without touching rows: a binomial by geometric waiting times (Devroye 1986,
/// Non-Uniform Random Variate Generation, X.4: skip ⌊ln U / ln(1 − p)⌋ failures per success), using the complement when
/// p &gt; ½, so a draw costs about min(np, n(1 − p)) + 1 uniforms; a multinomial as a chain of conditional binomials.</remarks>
internal static class CountSampler
{
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

    /// <summary>The counts of <paramref name="counts"/>.Sum() rows resampled with replacement, per kind, written to <paramref name="result"/>.</summary>
    public static void Multinomial(DeterministicRandom random, ReadOnlySpan<int> counts, Span<int> result)
    {
        long total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        var remainingRows = (int)total;
        var remainingMass = total;
        for (var i = 0; i < counts.Length; i++)
        {
            if (remainingMass <= 0 || remainingRows <= 0)
            {
                result[i] = 0;
                continue;
            }

            var draw = counts[i] >= remainingMass ? remainingRows : Binomial(random, remainingRows, (double)counts[i] / remainingMass);
            result[i] = draw;
            remainingRows -= draw;
            remainingMass -= counts[i];
        }
    }
}
