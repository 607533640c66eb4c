using SynthAudit.Core.Results.Attack;

namespace SynthAudit.Metrics.Statistics;

/// <summary>The true-positive rate of a score at a false-positive rate no larger than a target (Carlini et al. 2022,
/// "Membership Inference Attacks From First Principles"), with a Clopper–Pearson interval on the TPR.</summary>
/// <remarks>The threshold is the lowest observed score t such that at most ⌊f·n₀⌋ negatives score ≥ t; rows scoring ≥ t are
/// called members. When even the highest score lets too many negatives through, nothing is called a member (TPR 0).</remarks>
public static class LowFprOperatingPoint
{
    /// <summary>The operating point of <paramref name="scores"/> (higher = member) at false-positive rate ≤ <paramref name="fpr"/>.</summary>
    public static AttackOperatingPoint At(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, double fpr, double level = 0.95)
    {
        if (scores.Length != labels.Length)
        {
            throw new ArgumentException("Scores and labels differ in length.", nameof(labels));
        }

        var order = new int[scores.Length];
        var keys = new double[scores.Length];
        var positives = 0;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            keys[i] = -scores[i];
            if (labels[i])
            {
                positives++;
            }
        }

        Array.Sort(keys, order);
        var negatives = scores.Length - positives;
        var allowed = (int)Math.Floor((fpr * negatives) + 1e-9);
        int tp = 0, fp = 0, bestTp = 0, bestFp = 0;
        var threshold = double.PositiveInfinity;
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            int groupTp = 0, groupFp = 0;
            while (end < order.Length && keys[end] == keys[start])
            {
                if (labels[order[end]])
                {
                    groupTp++;
                }
                else
                {
                    groupFp++;
                }

                end++;
            }

            if (fp + groupFp > allowed)
            {
                break;
            }

            tp += groupTp;
            fp += groupFp;
            bestTp = tp;
            bestFp = fp;
            threshold = -keys[start];
            start = end;
        }

        return new AttackOperatingPoint(fpr, threshold, bestTp, positives, bestFp, negatives,
            positives == 0 ? double.NaN : (double)bestTp / positives, ClopperPearsonInterval.Of(bestTp, positives, level));
    }
}
