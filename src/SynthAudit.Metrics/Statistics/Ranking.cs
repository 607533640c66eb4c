namespace SynthAudit.Metrics.Statistics;

/// <summary>Rank transforms.</summary>
public static class Ranking
{
    /// <summary>Midranks (1-based; tied values share the average of their ranks), as scipy's <c>rankdata(method="average")</c>.</summary>
    public static double[] MidRanks(ReadOnlySpan<double> values)
    {
        var order = new int[values.Length];
        var keys = values.ToArray();
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        var ranks = new double[values.Length];
        var start = 0;
        while (start < order.Length)
        {
            var end = start + 1;
            while (end < order.Length && keys[end] == keys[start])
            {
                end++;
            }

            var mid = (start + 1 + end) / 2.0;
            for (var k = start; k < end; k++)
            {
                ranks[order[k]] = mid;
            }

            start = end;
        }

        return ranks;
    }
}
