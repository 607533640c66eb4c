using SynthAudit.Generation.Pgm;

namespace SynthAudit.Generation.Mechanisms;

/// <summary>MST's domain compression: levels whose noisy 1-way count is below 3σ are merged into one "rare" level
/// (docs/dp-generator.md 3, step 2). Post-processing of noisy counts only.</summary>
internal static class DomainCompression
{
    /// <summary>Compresses a 1-way measurement; returns the new measurement, the old→new level
    /// map and the groups (null when nothing is merged).</summary>
    public static (NoisyMarginal Measurement, int[] Map, int[][]? Groups) Compress(NoisyMarginal oneWay, double threshold)
    {
        var y = oneWay.Values;
        var kept = Enumerable.Range(0, y.Length).Where(v => y[v] >= threshold).ToArray();
        var identity = Enumerable.Range(0, y.Length).ToArray();
        if (kept.Length == y.Length)
        {
            return (oneWay, identity, null);
        }

        var merged = Enumerable.Range(0, y.Length).Where(v => y[v] < threshold).ToArray();
        var map = new int[y.Length];
        var values = new double[kept.Length + 1];
        var weights = new double[kept.Length + 1];
        for (var i = 0; i < kept.Length; i++)
        {
            map[kept[i]] = i;
            values[i] = y[kept[i]];
            weights[i] = 1;
        }

        foreach (var v in merged)
        {
            map[v] = kept.Length;
            values[kept.Length] += y[v];
        }

        weights[kept.Length] = 1.0 / merged.Length;
        var groups = kept.Select(v => new[] { v }).Append(merged).ToArray();
        return (new NoisyMarginal(oneWay.Clique, values, oneWay.StdDev, weights), map, groups);
    }

    /// <summary>Compresses the 1-way measurement of an ordered (numeric) column: its first <paramref name="ordered"/> levels
    /// (the bins, in order) are merged into runs of adjacent bins, each run closed as soon as its noisy count reaches
    /// <paramref name="threshold"/> (a short last run joins the one before); later levels (missing) stay as they are.</summary>
    /// <remarks>Merging neighbours keeps a merged level a contiguous range of values, so decoding it stays inside that
    /// range; MST's single "rare" level would mix the extremes of the column (docs/dp-generator.md 3, step 2). A run's
    /// noise variance is the sum of its bins', which the estimator is told through the cell weight.</remarks>
    public static (NoisyMarginal Measurement, int[] Map, int[][]? Groups) CompressOrdered(NoisyMarginal oneWay, double threshold, int ordered)
    {
        ArgumentNullException.ThrowIfNull(oneWay);
        var y = oneWay.Values;
        ordered = Math.Min(ordered, y.Length);
        var blocks = new List<List<int>>();
        var current = new List<int>();
        double sum = 0;
        for (var v = 0; v < ordered; v++)
        {
            current.Add(v);
            sum += y[v];
            if (sum >= threshold)
            {
                blocks.Add(current);
                current = [];
                sum = 0;
            }
        }

        if (current.Count > 0)
        {
            if (blocks.Count > 0)
            {
                blocks[^1].AddRange(current);
            }
            else
            {
                blocks.Add(current);
            }
        }

        for (var v = ordered; v < y.Length; v++)
        {
            blocks.Add([v]);
        }

        if (blocks.Count == y.Length)
        {
            return (oneWay, [.. Enumerable.Range(0, y.Length)], null);
        }

        var map = new int[y.Length];
        var values = new double[blocks.Count];
        var weights = new double[blocks.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            double variance = 0;
            foreach (var v in blocks[b])
            {
                map[v] = b;
                values[b] += y[v];
                variance += 1 / (oneWay.CellWeights?[v] ?? 1.0);
            }

            weights[b] = 1 / variance;
        }

        return (new NoisyMarginal(oneWay.Clique, values, oneWay.StdDev, weights), map, [.. blocks.Select(b => b.ToArray())]);
    }

    /// <summary>The weighted least-squares projection of a noisy 1-way table onto {μ ≥ 0, Σμ = total}.</summary>
    /// <remarks>μ_i = max(0, y_i − λ/w_i) with λ found by bisection; the independence model's marginal (test oracle and
    /// MST's selection model).</remarks>
    public static double[] Project(NoisyMarginal m, double total)
    {
        var y = m.Values;
        var w = Enumerable.Range(0, y.Length).Select(m.Precision).ToArray();
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        for (var i = 0; i < y.Length; i++)
        {
            lo = Math.Min(lo, w[i] * (y[i] - total));
            hi = Math.Max(hi, w[i] * y[i]);
        }

        for (var it = 0; it < 200; it++)
        {
            var mid = 0.5 * (lo + hi);
            double sum = 0;
            for (var i = 0; i < y.Length; i++)
            {
                sum += Math.Max(0, y[i] - (mid / w[i]));
            }

            if (sum > total)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        var mu = new double[y.Length];
        double s = 0;
        for (var i = 0; i < y.Length; i++)
        {
            mu[i] = Math.Max(0, y[i] - (lo / w[i]));
            s += mu[i];
        }

        if (s > 0)
        {
            for (var i = 0; i < y.Length; i++)
            {
                mu[i] *= total / s;
            }
        }
        else
        {
            Array.Fill(mu, total / y.Length);
        }

        return mu;
    }
}
