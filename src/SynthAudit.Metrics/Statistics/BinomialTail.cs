namespace SynthAudit.Metrics.Statistics;

/// <summary>Binomial probabilities for exact intervals and privacy audits.</summary>
public static class BinomialTail
{
    /// <summary>P(X ≥ <paramref name="k"/>) for X ~ Binomial(<paramref name="n"/>, <paramref name="p"/>): 1 when k ≤ 0, else
    /// the regularised incomplete beta I_p(k, n − k + 1).</summary>
    public static double AtLeast(int k, int n, double p)
    {
        if (k <= 0)
        {
            return 1;
        }

        if (k > n)
        {
            return 0;
        }

        if (p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return 1;
        }

        return Math.Clamp(MathNet.Numerics.SpecialFunctions.BetaRegularized(k, n - k + 1, p), 0, 1);
    }

    /// <summary>P(X = <paramref name="k"/>) for X ~ Binomial(<paramref name="n"/>, <paramref name="p"/>).</summary>
    public static double Mass(int k, int n, double p)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }

        if (p <= 0)
        {
            return k == 0 ? 1 : 0;
        }

        if (p >= 1)
        {
            return k == n ? 1 : 0;
        }

        var log = MathNet.Numerics.SpecialFunctions.BinomialLn(n, k) + (k * Math.Log(p)) + ((n - k) * Math.Log(1 - p));
        return Math.Exp(log);
    }
}
