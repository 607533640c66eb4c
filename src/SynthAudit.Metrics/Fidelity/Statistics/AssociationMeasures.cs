namespace SynthAudit.Metrics.Fidelity.Statistics;

/// <summary>Association measures behind the association-difference heatmap (docs/metrics.md section 2.8).</summary>
internal static class AssociationMeasures
{
    /// <summary>Cramér's V of a contingency table (rows × columns, row-major), plain or bias-corrected (Bergsma 2013).</summary>
    /// <remarks><c>V = √(χ²/(n·(min(r,c) − 1)))</c> with Pearson's χ² without Yates correction; corrected:
    /// <c>φ²₊ = max(0, χ²/n − (r−1)(c−1)/(n−1))</c>, <c>r̃ = r − (r−1)²/(n−1)</c>, <c>c̃ = c − (c−1)²/(n−1)</c>,
    /// <c>Ṽ = √(φ²₊ / min(r̃−1, c̃−1))</c>. Empty rows and columns are dropped; NaN when fewer than two remain.
    /// Examples: [[10,20],[30,40]] → 0.0890870806374748 (corrected 0); [[20,5],[5,20]] → 0.6 (corrected 0.5887840577551897).</remarks>
    public static double CramersV(ReadOnlySpan<double> table, int rows, int columns, bool biasCorrected)
    {
        var rowSum = new double[rows];
        var colSum = new double[columns];
        double n = 0;
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var v = table[i * columns + j];
                rowSum[i] += v;
                colSum[j] += v;
                n += v;
            }
        }

        var r = rowSum.Count(x => x > 0);
        var c = colSum.Count(x => x > 0);
        if (r < 2 || c < 2 || n < 2)
        {
            return double.NaN;
        }

        double chi2 = 0;
        for (var i = 0; i < rows; i++)
        {
            if (rowSum[i] <= 0)
            {
                continue;
            }

            for (var j = 0; j < columns; j++)
            {
                if (colSum[j] <= 0)
                {
                    continue;
                }

                var expected = rowSum[i] * colSum[j] / n;
                var d = table[i * columns + j] - expected;
                chi2 += d * d / expected;
            }
        }

        if (!biasCorrected)
        {
            return Math.Min(1, Math.Sqrt(chi2 / (n * (Math.Min(r, c) - 1))));
        }

        var phi2 = Math.Max(0, chi2 / n - (double)(c - 1) * (r - 1) / (n - 1));
        var rt = r - (r - 1.0) * (r - 1.0) / (n - 1);
        var ct = c - (c - 1.0) * (c - 1.0) / (n - 1);
        var denominator = Math.Min(rt - 1, ct - 1);
        return denominator > 0 ? Math.Min(1, Math.Sqrt(phi2 / denominator)) : double.NaN;
    }

    /// <summary>The correlation ratio η of values grouped by category codes (negative codes and NaN values skipped).</summary>
    /// <remarks><c>η = √(Σ_c n_c (ȳ_c − ȳ)² / Σ_i (y_i − ȳ)²)</c>; NaN when the values are constant or absent.
    /// Example: categories [a,a,b,b,b], values [1,2,4,5,6] → 0.924473451641905.</remarks>
    public static double CorrelationRatio(ReadOnlySpan<int> categories, ReadOnlySpan<double> values, int cardinality)
    {
        var sums = new double[cardinality];
        var counts = new long[cardinality];
        double total = 0;
        long n = 0;
        for (var i = 0; i < categories.Length; i++)
        {
            if (categories[i] >= 0 && double.IsFinite(values[i]))
            {
                sums[categories[i]] += values[i];
                counts[categories[i]]++;
                total += values[i];
                n++;
            }
        }

        if (n < 2)
        {
            return double.NaN;
        }

        var mean = total / n;
        double ssTotal = 0;
        for (var i = 0; i < categories.Length; i++)
        {
            if (categories[i] >= 0 && double.IsFinite(values[i]))
            {
                var d = values[i] - mean;
                ssTotal += d * d;
            }
        }

        double ssBetween = 0;
        for (var k = 0; k < cardinality; k++)
        {
            if (counts[k] > 0)
            {
                var d = sums[k] / counts[k] - mean;
                ssBetween += counts[k] * d * d;
            }
        }

        return ssTotal > 0 ? Math.Min(1, Math.Sqrt(ssBetween / ssTotal)) : double.NaN;
    }
}
