namespace SynthAudit.Metrics.Fairness;

/// <summary>Group-disparity statistics: demographic parity, disparate impact and equalized odds (docs/metrics.md 5.2-5.4).</summary>
public static class DisparityStatistics
{
    /// <summary>The tolerance of the four-fifths comparison, so that 0.4/0.5 passes.</summary>
    public const double FourFifthsTolerance = 1e-12;

    /// <summary>The demographic-parity difference: the largest minus the smallest rate; NaN with fewer than two rates.</summary>
    /// <remarks>DPD = max_g base(g) − min_g base(g). Example (docs/metrics.md 5.2): 0.5 and 0.4 give 0.1.</remarks>
    public static double ParityDifference(ReadOnlySpan<double> rates)
    {
        var (max, min) = MaxMin(rates);
        return rates.Length < 2 ? double.NaN : max - min;
    }

    /// <summary>The disparate-impact ratio: the smallest over the largest rate; NaN with fewer than two rates or a zero maximum.</summary>
    /// <remarks>DPR = min_g base(g) / max_g base(g). Example (docs/metrics.md 5.2): 0.4/0.5 = 0.8; 0.35/0.55 = 0.6363636363636364.</remarks>
    public static double ParityRatio(ReadOnlySpan<double> rates)
    {
        var (max, min) = MaxMin(rates);
        return rates.Length < 2 || max <= 0 ? double.NaN : min / max;
    }

    /// <summary>Whether a disparate-impact ratio passes the four-fifths rule (ratio ≥ threshold, with a 1e-12 tolerance).</summary>
    public static bool PassesFourFifths(double ratio, double threshold = 0.8) => ratio >= threshold - FourFifthsTolerance;

    /// <summary>The equal-opportunity difference (TPR gap), FPR gap and equalized-odds difference over groups.</summary>
    /// <remarks>EOpp = max_g TPR − min_g TPR; EOD = max(TPR gap, FPR gap), as fairlearn's equalized_odds_difference. Example
    /// (docs/metrics.md 5.3): TRTR (40,10,10,40) and (12,8,6,24) give 0.2; TSTR (42,8,12,38) and (9,11,5,25) give TPR gap 0.39, FPR gap
    /// 0.07333333333333333, EOD 0.39. NaN with fewer than two groups.</remarks>
    public static (double EqualizedOdds, double TprGap, double FprGap) EqualizedOdds(ReadOnlySpan<GroupConfusion> groups)
    {
        if (groups.Length < 2)
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        Span<double> tpr = groups.Length <= 64 ? stackalloc double[groups.Length] : new double[groups.Length];
        Span<double> fpr = groups.Length <= 64 ? stackalloc double[groups.Length] : new double[groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            tpr[g] = groups[g].TruePositiveRate;
            fpr[g] = groups[g].FalsePositiveRate;
        }

        var tprGap = ParityDifference(tpr);
        var fprGap = ParityDifference(fpr);
        return (Math.Max(tprGap, fprGap), tprGap, fprGap);
    }

    /// <summary>The indices of the largest and smallest rate (first index on ties); -1 when empty.</summary>
    public static (int Max, int Min) ArgMaxMin(ReadOnlySpan<double> rates)
    {
        int max = -1, min = -1;
        for (var i = 0; i < rates.Length; i++)
        {
            if (max < 0 || rates[i] > rates[max])
            {
                max = i;
            }

            if (min < 0 || rates[i] < rates[min])
            {
                min = i;
            }
        }

        return (max, min);
    }

    private static (double Max, double Min) MaxMin(ReadOnlySpan<double> rates)
    {
        var (max, min) = ArgMaxMin(rates);
        return max < 0 ? (double.NaN, double.NaN) : (rates[max], rates[min]);
    }
}
