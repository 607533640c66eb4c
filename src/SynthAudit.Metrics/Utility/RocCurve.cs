using System.Collections.Immutable;

namespace SynthAudit.Metrics.Utility;

/// <summary>Aggregate ROC curve points (false and true positive rates) for the report, downsampled to a fixed count.</summary>
internal static class RocCurve
{
    /// <summary>Up to <paramref name="maxPoints"/> (FPR, TPR) points from (0, 0) to (1, 1), one per distinct threshold before downsampling.</summary>
    public static (ImmutableArray<double> Fpr, ImmutableArray<double> Tpr) Points(double[] scores, bool[] positive, int maxPoints = 101)
    {
        var order = PredictionMetrics.AscendingOrder(scores);
        double p = positive.Count(v => v), n = positive.Length - p;
        var fpr = new List<double> { 0 };
        var tpr = new List<double> { 0 };
        if (p == 0 || n == 0)
        {
            return ([0, 1], [0, 1]);
        }

        double tp = 0, fp = 0;
        var i = order.Length - 1;
        while (i >= 0)
        {
            var s = scores[order[i]];
            while (i >= 0 && scores[order[i]] == s)
            {
                if (positive[order[i]])
                {
                    tp++;
                }
                else
                {
                    fp++;
                }

                i--;
            }

            fpr.Add(fp / n);
            tpr.Add(tp / p);
        }

        if (fpr.Count <= maxPoints)
        {
            return ([.. fpr], [.. tpr]);
        }

        var x = new double[maxPoints];
        var y = new double[maxPoints];
        for (var k = 0; k < maxPoints; k++)
        {
            var index = (int)Math.Round((double)k * (fpr.Count - 1) / (maxPoints - 1), MidpointRounding.AwayFromZero);
            x[k] = fpr[index];
            y[k] = tpr[index];
        }

        return ([.. x], [.. y]);
    }
}
