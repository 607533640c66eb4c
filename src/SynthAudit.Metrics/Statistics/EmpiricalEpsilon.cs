namespace SynthAudit.Metrics.Statistics;

/// <summary>The empirical ε lower bound of a membership audit from its guesses (Steinke, Nasr and Jagielski 2023,
/// "Privacy Auditing with One (1) Training Run", NeurIPS; arXiv:2305.08846, Theorem 3 and the p-value of its appendix).</summary>
/// <remarks>
/// <para>Each of m auditing records ("canaries") is included independently with probability ½. The auditor makes r guesses
/// (abstaining on the rest), v of them right. Under (ε, δ)-DP the number of right guesses is dominated by
/// Binomial(r, q), q = e^ε/(1 + e^ε), up to a δ term: P[W ≥ v] ≤ β + 2mδ·α with β = P[Binomial(r, q) ≥ v] and
/// α = max over i = 1..v of P[v − i ≤ Binomial(r, q) &lt; v]/i. The lower bound is the largest ε that this p-value rejects at
/// the chosen confidence: an (ε', δ)-DP generator with ε' below the bound would give so many right guesses with
/// probability less than 1 − confidence.</para>
/// <para>Closed form with δ = 0 and v = r (every guess right): q = (1 − c)^(1/r), ε = ln(q/(1 − q)).</para>
/// </remarks>
public static class EmpiricalEpsilon
{
    /// <summary>The method named in reports.</summary>
    public const string Method = "Steinke, Nasr & Jagielski (2023) one-run guessing bound: P[correct >= v] <= P[Bin(r, e^eps/(1+e^eps)) >= v] + 2m*delta*alpha";

    /// <summary>The largest ε searched; a bound at this cap means "at least this".</summary>
    public const double Cap = 40;

    /// <summary>The p-value of <paramref name="v"/> right guesses out of <paramref name="r"/> (from <paramref name="m"/>
    /// canaries) under the null hypothesis of (<paramref name="epsilon"/>, <paramref name="delta"/>)-DP.</summary>
    public static double PValue(int m, int r, int v, double epsilon, double delta)
    {
        Check(m, r, v);
        ArgumentOutOfRangeException.ThrowIfNegative(epsilon);
        if (delta is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(delta), "delta must be in [0, 1]");
        }

        var q = 1 / (1 + Math.Exp(-epsilon));
        var beta = BinomialTail.AtLeast(v, r, q);
        double alpha = 0;
        double sum = 0;
        for (var i = 1; i <= v; i++)
        {
            sum += BinomialTail.Mass(v - i, r, q);
            if (sum > i * alpha)
            {
                alpha = sum / i;
            }
        }

        return Math.Min(1, beta + (alpha * delta * 2 * m));
    }

    /// <summary>The largest ε whose p-value is below 1 − <paramref name="confidence"/> (0 when even ε = 0 is not rejected;
    /// <see cref="Cap"/> when every ε up to it is).</summary>
    /// <param name="m">The number of canaries (records each included with probability ½).</param>
    /// <param name="r">The guesses made.</param>
    /// <param name="v">The right guesses.</param>
    /// <param name="delta">The δ of the null hypothesis.</param>
    /// <param name="confidence">The confidence of the bound (0.95: the p-value must be below 0.05).</param>
    public static double LowerBound(int m, int r, int v, double delta, double confidence = 0.95)
    {
        Check(m, r, v);
        var p = 1 - confidence;
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), "confidence must be in (0, 1)");
        }

        if (r == 0 || PValue(m, r, v, 0, delta) >= p)
        {
            return 0;
        }

        if (PValue(m, r, v, Cap, delta) < p)
        {
            return Cap;
        }

        double lo = 0, hi = Cap;
        for (var i = 0; i < 100 && hi - lo > 1e-13; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (PValue(m, r, v, mid, delta) < p)
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

    private static void Check(int m, int r, int v)
    {
        if (v < 0 || v > r || r > m)
        {
            throw new ArgumentOutOfRangeException(nameof(v), "need 0 <= v <= r <= m");
        }
    }
}
