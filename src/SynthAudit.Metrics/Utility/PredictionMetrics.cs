namespace SynthAudit.Metrics.Utility;

/// <summary>Scores of predictions against true values (docs/metrics.md 3.2), optionally with integer row weights (bootstrap multiplicities).</summary>
/// <remarks>A weight w counts a row w times, so a weighted score equals the score of the resample it describes. Accuracy is
/// the share of correct labels; macro F1 averages F1_c = 2TP_c / (2TP_c + FP_c + FN_c) over the labels in y ∪ ŷ;
/// R² = 1 − SS_res / SS_tot around the mean of the true values; RMSE = √mean((y − ŷ)²); MAE = mean|y − ŷ|.
/// Undefined values (no rows, SS_tot = 0) are NaN for the caller to report.</remarks>
public static class PredictionMetrics
{
    /// <summary>The share of rows whose predicted label equals the true label.</summary>
    public static double Accuracy(ReadOnlySpan<int> actual, ReadOnlySpan<int> predicted, ReadOnlySpan<int> weights = default)
    {
        Check(actual.Length, predicted.Length, weights.Length);
        double correct = 0, total = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            double w = weights.IsEmpty ? 1 : weights[i];
            total += w;
            if (actual[i] == predicted[i])
            {
                correct += w;
            }
        }

        return total > 0 ? correct / total : double.NaN;
    }

    /// <summary>The unweighted mean over labels in y ∪ ŷ of F1_c = 2TP_c / (2TP_c + FP_c + FN_c); labels are 0 … <paramref name="classCount"/> − 1.</summary>
    public static double MacroF1(ReadOnlySpan<int> actual, ReadOnlySpan<int> predicted, int classCount, ReadOnlySpan<int> weights = default)
    {
        Check(actual.Length, predicted.Length, weights.Length);
        var tp = new double[classCount];
        var fp = new double[classCount];
        var fn = new double[classCount];
        for (var i = 0; i < actual.Length; i++)
        {
            double w = weights.IsEmpty ? 1 : weights[i];
            if (w == 0)
            {
                continue;
            }

            if (actual[i] == predicted[i])
            {
                tp[actual[i]] += w;
            }
            else
            {
                fn[actual[i]] += w;
                fp[predicted[i]] += w;
            }
        }

        double sum = 0;
        var labels = 0;
        for (var c = 0; c < classCount; c++)
        {
            var denominator = (2 * tp[c]) + fp[c] + fn[c];
            if (denominator > 0)
            {
                sum += 2 * tp[c] / denominator;
                labels++;
            }
        }

        return labels > 0 ? sum / labels : double.NaN;
    }

    /// <summary>The coefficient of determination 1 − SS_res / SS_tot (SS_tot around the mean of <paramref name="actual"/>).</summary>
    public static double RSquared(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted, ReadOnlySpan<int> weights = default)
    {
        Check(actual.Length, predicted.Length, weights.Length);
        double total = 0, sum = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            double w = weights.IsEmpty ? 1 : weights[i];
            total += w;
            sum += w * actual[i];
        }

        if (total == 0)
        {
            return double.NaN;
        }

        var mean = sum / total;
        double ssRes = 0, ssTot = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            double w = weights.IsEmpty ? 1 : weights[i];
            ssRes += w * (actual[i] - predicted[i]) * (actual[i] - predicted[i]);
            ssTot += w * (actual[i] - mean) * (actual[i] - mean);
        }

        return ssTot > 0 ? 1 - (ssRes / ssTot) : double.NaN;
    }

    /// <summary>The root mean squared error.</summary>
    public static double Rmse(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted, ReadOnlySpan<int> weights = default)
    {
        Check(actual.Length, predicted.Length, weights.Length);
        double total = 0, ss = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            double w = weights.IsEmpty ? 1 : weights[i];
            total += w;
            ss += w * (actual[i] - predicted[i]) * (actual[i] - predicted[i]);
        }

        return total > 0 ? Math.Sqrt(ss / total) : double.NaN;
    }

    /// <summary>The mean absolute error.</summary>
    public static double Mae(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted, ReadOnlySpan<int> weights = default)
    {
        Check(actual.Length, predicted.Length, weights.Length);
        double total = 0, sum = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            double w = weights.IsEmpty ? 1 : weights[i];
            total += w;
            sum += w * Math.Abs(actual[i] - predicted[i]);
        }

        return total > 0 ? sum / total : double.NaN;
    }

    /// <summary>The exact ROC AUC with ties counting ½, given the row order sorted by ascending score (see <see cref="AscendingOrder"/>).</summary>
    /// <remarks>One pass over groups of equal scores: each positive scores the weight of negatives below it plus half the tied ones;
    /// AUC = that sum / (W₊W₋) (Mann–Whitney U / (n₁n₀), docs/metrics.md 3.4). NaN when a class has no weight.</remarks>
    public static double AucSorted(ReadOnlySpan<double> scores, ReadOnlySpan<bool> positive, ReadOnlySpan<int> order, ReadOnlySpan<int> weights = default)
    {
        double below = 0, u = 0, positives = 0;
        var i = 0;
        while (i < order.Length)
        {
            var s = scores[order[i]];
            double groupPos = 0, groupNeg = 0;
            while (i < order.Length && scores[order[i]] == s)
            {
                var r = order[i];
                double w = weights.IsEmpty ? 1 : weights[r];
                if (positive[r])
                {
                    groupPos += w;
                }
                else
                {
                    groupNeg += w;
                }

                i++;
            }

            u += groupPos * (below + (0.5 * groupNeg));
            below += groupNeg;
            positives += groupPos;
        }

        return positives > 0 && below > 0 ? u / (positives * below) : double.NaN;
    }

    /// <summary>The row indices sorted by ascending score, ties by row index.</summary>
    public static int[] AscendingOrder(ReadOnlySpan<double> scores)
    {
        var order = new int[scores.Length];
        var keys = scores.ToArray();
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        // Array.Sort is unstable: restore the row-index tie-break within equal scores.
        var start = 0;
        while (start < order.Length)
        {
            var end = start + 1;
            while (end < order.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start);
            }

            start = end;
        }

        return order;
    }

    private static void Check(int actual, int predicted, int weights)
    {
        if (actual != predicted || (weights != 0 && weights != actual))
        {
            throw new ArgumentException("Actual values, predictions and weights differ in length.");
        }
    }
}
