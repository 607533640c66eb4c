using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Statistics;

/// <summary>The exact (Clopper–Pearson 1934) binomial confidence interval.</summary>
/// <remarks>For k successes in n trials the two-sided interval at level 1 − α is [L, U] with P(X ≥ k; L) = α/2 and
/// P(X ≤ k; U) = α/2, L = 0 when k = 0 and U = 1 when k = n. The tails are regularised incomplete beta functions,
/// P(X ≥ k; p) = I_p(k, n − k + 1), solved by bisection to double precision. Closed forms: k = 0 gives U = 1 − (α/2)^(1/n),
/// k = n gives L = (α/2)^(1/n).</remarks>
public static class ClopperPearsonInterval
{
    /// <summary>The two-sided interval for <paramref name="k"/> successes in <paramref name="n"/> trials; null when n is 0.</summary>
    public static ConfidenceInterval? Of(int k, int n, double level = 0.95)
    {
        if (n <= 0)
        {
            return null;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        var alpha = (1 - level) / 2;
        return new ConfidenceInterval(Lower(k, n, alpha), Upper(k, n, alpha), level);
    }

    /// <summary>The one-sided lower bound at error <paramref name="alpha"/>: the p with P(X ≥ k; p) = alpha (0 when k = 0).</summary>
    public static double Lower(int k, int n, double alpha)
    {
        if (k <= 0)
        {
            return 0;
        }

        // P(X ≥ k; p) = I_p(k, n − k + 1) increases in p.
        return Solve(p => BinomialTail.AtLeast(k, n, p), alpha);
    }

    /// <summary>The one-sided upper bound at error <paramref name="alpha"/>: the p with P(X ≤ k; p) = alpha (1 when k = n).</summary>
    public static double Upper(int k, int n, double alpha)
    {
        if (k >= n)
        {
            return 1;
        }

        // P(X ≥ k + 1; p) = 1 − P(X ≤ k; p) increases in p; solve it for 1 − alpha.
        return Solve(p => BinomialTail.AtLeast(k + 1, n, p), 1 - alpha);
    }

    /// <summary>The p in [0, 1] where the increasing function <paramref name="f"/> crosses <paramref name="target"/>.</summary>
    private static double Solve(Func<double, double> f, double target)
    {
        double lo = 0, hi = 1;
        for (var i = 0; i < 200 && hi - lo > 1e-17; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            if (f(mid) < target)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }
}
