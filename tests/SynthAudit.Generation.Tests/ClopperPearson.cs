namespace SynthAudit.Generation.Tests;

/// <summary>Exact (Clopper–Pearson) binomial confidence bounds by bisection on the binomial tail.</summary>
internal static class ClopperPearson
{
    /// <summary>The lower bound at one-sided level <paramref name="alpha"/>: P(X ≥ k; p) = alpha.</summary>
    public static double Lower(int k, int n, double alpha)
    {
        if (k == 0)
        {
            return 0;
        }

        double lo = 0, hi = 1;
        for (var i = 0; i < 40; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (1 - Cdf(k - 1, n, mid) < alpha)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The upper bound at one-sided level <paramref name="alpha"/>: P(X ≤ k; p) = alpha.</summary>
    public static double Upper(int k, int n, double alpha)
    {
        if (k == n)
        {
            return 1;
        }

        double lo = 0, hi = 1;
        for (var i = 0; i < 40; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Cdf(k, n, mid) > alpha)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return hi;
    }

    /// <summary>P(X ≤ k) for X ~ Binomial(n, p), summed in log space.</summary>
    private static double Cdf(int k, int n, double p)
    {
        if (p <= 0)
        {
            return 1;
        }

        if (p >= 1)
        {
            return k >= n ? 1 : 0;
        }

        var logPmf = n * Math.Log(1 - p);
        var ratio = Math.Log(p / (1 - p));
        var max = logPmf;
        var terms = new double[k + 1];
        for (var i = 0; i <= k; i++)
        {
            terms[i] = logPmf;
            max = Math.Max(max, logPmf);
            logPmf += Math.Log((double)(n - i) / (i + 1)) + ratio;
        }

        double sum = 0;
        foreach (var t in terms)
        {
            sum += Math.Exp(t - max);
        }

        return Math.Min(1, Math.Exp(max + Math.Log(sum)));
    }
}
