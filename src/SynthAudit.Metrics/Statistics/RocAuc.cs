using SynthAudit.Core.Metrics;

namespace SynthAudit.Metrics.Statistics;

/// <summary>Exact ROC AUC with ties (Mann–Whitney U / (n₁n₀)) and its DeLong standard error.</summary>
/// <remarks>Midranks make ties count ½. DeLong (1988): <c>V10ᵢ = (Rᵢ(all) − Rᵢ(pos))/n₀</c>, <c>V01ⱼ = 1 − (Rⱼ(all) − Rⱼ(neg))/n₁</c>,
/// <c>Var = s²(V10)/n₁ + s²(V01)/n₀</c>. Worked example (docs/metrics.md 3.4): AUC 0.7777777777777778, SE 0.20786985482077452.</remarks>
public static class RocAuc
{
    /// <summary>The AUC of <paramref name="scores"/> for the positives (<paramref name="labels"/> true); NaN when a class is empty.</summary>
    public static double Compute(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels) => WithDeLong(scores, labels).Auc;

    /// <summary>The AUC and its DeLong standard error (NaN when a class is empty; SE NaN when a class has one member).</summary>
    public static (double Auc, double StandardError) WithDeLong(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        if (scores.Length != labels.Length)
        {
            throw new ArgumentException("Scores and labels differ in length.", nameof(labels));
        }

        var n = scores.Length;
        var n1 = 0;
        foreach (var l in labels)
        {
            if (l)
            {
                n1++;
            }
        }

        var n0 = n - n1;
        if (n1 == 0 || n0 == 0)
        {
            return (double.NaN, double.NaN);
        }

        var all = MidRanks(scores, null, labels);
        var pos = MidRanks(scores, true, labels);
        var neg = MidRanks(scores, false, labels);
        double r1 = 0;
        for (var i = 0; i < n; i++)
        {
            if (labels[i])
            {
                r1 += all[i];
            }
        }

        var auc = (r1 - n1 * (n1 + 1.0) / 2) / ((double)n1 * n0);
        double sum10 = 0, sumSq10 = 0, sum01 = 0, sumSq01 = 0;
        for (var i = 0; i < n; i++)
        {
            if (labels[i])
            {
                var v = (all[i] - pos[i]) / n0;
                sum10 += v;
                sumSq10 += v * v;
            }
            else
            {
                var v = 1 - (all[i] - neg[i]) / n1;
                sum01 += v;
                sumSq01 += v * v;
            }
        }

        if (n1 < 2 || n0 < 2)
        {
            return (auc, double.NaN);
        }

        var var10 = (sumSq10 - sum10 * sum10 / n1) / (n1 - 1);
        var var01 = (sumSq01 - sum01 * sum01 / n0) / (n0 - 1);
        var variance = Math.Max(0, var10 / n1 + var01 / n0);
        return (auc, Math.Sqrt(variance));
    }

    /// <summary>The AUC with a DeLong interval clipped to [0, 1]; null interval when undefined.</summary>
    public static (double Auc, ConfidenceInterval? Ci) WithInterval(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, double level = 0.95)
    {
        var (auc, se) = WithDeLong(scores, labels);
        if (double.IsNaN(auc) || double.IsNaN(se))
        {
            return (auc, null);
        }

        var z = NormalDistribution.TwoSidedZ(level);
        return (auc, new ConfidenceInterval(Math.Max(0, auc - z * se), Math.Min(1, auc + z * se), level));
    }

    /// <summary>Midranks of the scores whose label equals <paramref name="cls"/> (all when null), scattered back to row positions.</summary>
    private static double[] MidRanks(ReadOnlySpan<double> scores, bool? cls, ReadOnlySpan<bool> labels)
    {
        if (cls is null)
        {
            return Ranking.MidRanks(scores);
        }

        var rows = new List<int>(scores.Length);
        for (var i = 0; i < scores.Length; i++)
        {
            if (labels[i] == cls.Value)
            {
                rows.Add(i);
            }
        }

        var subset = new double[rows.Count];
        for (var k = 0; k < subset.Length; k++)
        {
            subset[k] = scores[rows[k]];
        }

        var subsetRanks = Ranking.MidRanks(subset);
        var ranks = new double[scores.Length];
        for (var k = 0; k < subset.Length; k++)
        {
            ranks[rows[k]] = subsetRanks[k];
        }

        return ranks;
    }
}
