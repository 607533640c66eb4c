using System.Numerics;

namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>The per-column fidelity formulas on histograms: one home for every engine (the fused in-process evaluator and
/// the statistics pushed down to an SQL engine), so they give the same values.</summary>
internal static class ColumnFormulas
{
    /// <summary>KS, W1, normalised W1, range coverage, boundary adherence and missing similarity of numeric column
    /// <paramref name="c"/> from its histograms on the sorted distinct values <paramref name="v"/>.</summary>
    /// <param name="hR">Real rows per distinct value.</param>
    /// <param name="hO">Compared rows per distinct value.</param>
    /// <param name="missR">Real rows with a missing value.</param>
    /// <param name="totalR">All real rows.</param>
    /// <param name="missO">Compared rows with a missing value.</param>
    /// <param name="totalO">All compared rows.</param>
    /// <param name="v">The distinct values, ascending (<paramref name="hR"/>.Length of them).</param>
    /// <param name="realRange">The range of the full real column (the W1 scale), NaN when empty.</param>
    /// <param name="st">Receives the values at index <paramref name="c"/>.</param>
    /// <param name="c">The column index.</param>
    public static void Numeric<T>(ReadOnlySpan<T> hR, ReadOnlySpan<T> hO, long missR, long totalR, long missO, long totalO,
        double[] v, double realRange, FidelityStatistics st, int c)
        where T : unmanaged, IBinaryInteger<T>
    {
        var card = hR.Length;
        st.MissingSimilarity[c] = MissingSimilarity(missR, totalR, missO, totalO);
        st.Tvd[c] = double.NaN;
        var nR = totalR - missR;
        var nO = totalO - missO;
        st.Ks[c] = st.W1[c] = st.W1Normalized[c] = st.Coverage[c] = st.Adherence[c] = double.NaN;
        if (nR <= 0 || nO <= 0)
        {
            return;
        }

        long cR = 0, cO = 0;
        double d = 0, w1 = 0;
        int minR = -1, maxR = -1, minO = -1, maxO = -1;
        for (var i = 0; i < card; i++)
        {
            var r = long.CreateTruncating(hR[i]);
            var o = long.CreateTruncating(hO[i]);
            if (r > 0)
            {
                minR = minR < 0 ? i : minR;
                maxR = i;
            }

            if (o > 0)
            {
                minO = minO < 0 ? i : minO;
                maxO = i;
            }

            cR += r;
            cO += o;
            var diff = Math.Abs((double)cR / nR - (double)cO / nO);
            d = Math.Max(d, diff);
            if (i + 1 < card)
            {
                w1 += diff * (v[i + 1] - v[i]);
            }
        }

        st.Ks[c] = d;
        st.W1[c] = w1;
        st.W1Normalized[c] = realRange > 0 ? Math.Min(1, w1 / realRange) : double.NaN;
        var rangeR = v[maxR] - v[minR];
        if (rangeR > 0)
        {
            var below = Math.Max(0, (v[minO] - v[minR]) / rangeR);
            var above = Math.Max(0, (v[maxR] - v[maxO]) / rangeR);
            st.Coverage[c] = Math.Max(0, 1 - (below + above));
        }

        long inside = 0;
        for (var i = minR; i <= maxR; i++)
        {
            inside += long.CreateTruncating(hO[i]);
        }

        st.Adherence[c] = (double)inside / nO;
    }

    /// <summary>TVD, category coverage, category adherence and missing similarity of categorical column <paramref name="c"/>
    /// from its per-level counts (levels aligned between the two histograms).</summary>
    public static void Categorical<T>(ReadOnlySpan<T> hR, ReadOnlySpan<T> hO, long missR, long totalR, long missO, long totalO,
        FidelityStatistics st, int c)
        where T : unmanaged, IBinaryInteger<T>
    {
        st.MissingSimilarity[c] = MissingSimilarity(missR, totalR, missO, totalO);
        st.Ks[c] = st.W1[c] = st.W1Normalized[c] = double.NaN;
        var nR = totalR - missR;
        var nO = totalO - missO;
        st.Tvd[c] = st.Coverage[c] = st.Adherence[c] = double.NaN;
        if (nR <= 0)
        {
            return;
        }

        int realCats = 0, covered = 0;
        long adherent = 0;
        double sum = 0;
        for (var i = 0; i < hR.Length; i++)
        {
            var r = long.CreateTruncating(hR[i]);
            var o = long.CreateTruncating(hO[i]);
            if (r > 0)
            {
                realCats++;
                adherent += o;
                if (o > 0)
                {
                    covered++;
                }
            }

            if (nO > 0)
            {
                sum += Math.Abs((double)r / nR - (double)o / nO);
            }
        }

        st.Coverage[c] = (double)covered / realCats;
        if (nO > 0)
        {
            st.Tvd[c] = Math.Min(1, sum / 2);
            st.Adherence[c] = (double)adherent / nO;
        }
    }

    /// <summary>The correlation of centred sums (NaN when either variance is not positive), clamped to [−1, 1].</summary>
    /// <param name="n">The weight (rows).</param>
    /// <param name="sx">Σx of shifted values.</param>
    /// <param name="sy">Σy of shifted values.</param>
    /// <param name="sxx">Σx².</param>
    /// <param name="syy">Σy².</param>
    /// <param name="sxy">Σxy.</param>
    public static double Correlation(double n, double sx, double sy, double sxx, double syy, double sxy)
    {
        var cxx = sxx - sx * sx / n;
        var cyy = syy - sy * sy / n;
        var cxy = sxy - sx * sy / n;
        if (cxx <= 0 || cyy <= 0)
        {
            return double.NaN;
        }

        return Math.Clamp(cxy / Math.Sqrt(cxx * cyy), -1, 1);
    }

    /// <summary>The total variation distance of two cell-count tables of <paramref name="totalA"/> and <paramref name="totalB"/>
    /// rows (NaN when either is empty), at most 1.</summary>
    public static double Tvd(IReadOnlyDictionary<string, long> a, long totalA, IReadOnlyDictionary<string, long> b, long totalB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (totalA == 0 || totalB == 0)
        {
            return double.NaN;
        }

        double invA = 1.0 / totalA, invB = 1.0 / totalB, sum = 0;
        foreach (var (key, count) in a)
        {
            sum += Math.Abs(count * invA - (b.TryGetValue(key, out var other) ? other : 0) * invB);
        }

        foreach (var (key, count) in b)
        {
            if (!a.ContainsKey(key))
            {
                sum += count * invB;
            }
        }

        return Math.Min(1, 0.5 * sum);
    }

    private static double MissingSimilarity(long missR, long totalR, long missO, long totalO) =>
        totalR == 0 || totalO == 0 ? double.NaN : 1 - Math.Abs((double)missR / totalR - (double)missO / totalO);
}
