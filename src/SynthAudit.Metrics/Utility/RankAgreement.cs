namespace SynthAudit.Metrics.Utility;

/// <summary>Rank agreement between two importance vectors (docs/metrics.md 3.5): Spearman ρ, Kendall τ-b and top-k overlap.</summary>
/// <remarks>Spearman ρ is the Pearson correlation of midranks (ties share the average rank). Kendall τ-b =
/// (concordant − discordant) / √((n₀ − n₁)(n₀ − n₂)), with n₀ = n(n − 1)/2 and n₁, n₂ the tied pairs of each vector.
/// Top-k overlap = |top_k(a) ∩ top_k(b)| / k (largest values, ties by index). Example: [.5,.3,.15,.05] vs
/// [.4,.1,.35,.15] gives ρ 0.4, τ-b 0.3333333333333333, top-2 overlap 0.5. Undefined values (a constant vector) are NaN.</remarks>
public static class RankAgreement
{
    /// <summary>Spearman's rank correlation ρ.</summary>
    public static double Spearman(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        Check(a, b);
        return Pearson(Statistics.Ranking.MidRanks(a), Statistics.Ranking.MidRanks(b));
    }

    /// <summary>Kendall's τ-b.</summary>
    public static double KendallTauB(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        Check(a, b);
        var n = a.Length;
        double concordant = 0, discordant = 0, tiesA = 0, tiesB = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var da = Math.Sign(a[i] - a[j]);
                var db = Math.Sign(b[i] - b[j]);
                if (da == 0)
                {
                    tiesA++;
                }

                if (db == 0)
                {
                    tiesB++;
                }

                if (da != 0 && db != 0)
                {
                    if (da == db)
                    {
                        concordant++;
                    }
                    else
                    {
                        discordant++;
                    }
                }
            }
        }

        var pairs = n * (n - 1) / 2.0;
        var denominator = Math.Sqrt((pairs - tiesA) * (pairs - tiesB));
        return denominator > 0 ? (concordant - discordant) / denominator : double.NaN;
    }

    /// <summary>The share of the k largest entries of <paramref name="a"/> that are among the k largest of <paramref name="b"/>.</summary>
    public static double TopKOverlap(ReadOnlySpan<double> a, ReadOnlySpan<double> b, int k)
    {
        Check(a, b);
        k = Math.Min(k, a.Length);
        if (k <= 0)
        {
            return double.NaN;
        }

        var topA = Top(a, k);
        var topB = Top(b, k);
        return topA.Intersect(topB).Count() / (double)k;
    }

    private static int[] Top(ReadOnlySpan<double> values, int k)
    {
        var copy = values.ToArray();
        return Enumerable.Range(0, copy.Length).OrderByDescending(i => copy[i]).ThenBy(i => i).Take(k).ToArray();
    }

    private static double Pearson(double[] x, double[] y)
    {
        var n = x.Length;
        if (n < 2)
        {
            return double.NaN;
        }

        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : double.NaN;
    }

    private static void Check(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException("The vectors differ in length.");
        }
    }
}
