namespace SynthAudit.Metrics.Fidelity.Detection;

/// <summary>ROC AUC of fixed scores under row multiplicities (a bootstrap replicate), in one pass over a precomputed order.</summary>
/// <remarks>Weighted Mann–Whitney: <c>AUC = Σ_pos w_i (W0(s &lt; s_i) + ½ W0(s = s_i)) / (W1·W0)</c>; with all weights 1 it
/// equals the exact AUC with ties (docs/metrics.md 3.4).</remarks>
internal sealed class WeightedAuc
{
    private readonly int[] _order;
    private readonly double[] _scores;
    private readonly bool[] _labels;

    /// <summary>Sorts the scores once.</summary>
    public WeightedAuc(double[] scores, bool[] labels)
    {
        _scores = scores;
        _labels = labels;
        _order = Enumerable.Range(0, scores.Length).ToArray();
        var keys = (double[])scores.Clone();
        Array.Sort(keys, _order);
    }

    /// <summary>The AUC with row weights <paramref name="weight"/>(i); NaN when a class has no weight.</summary>
    public double Compute(Func<int, int> weight)
    {
        double u = 0, below = 0, w1 = 0, w0 = 0;
        var start = 0;
        while (start < _order.Length)
        {
            var end = start;
            double pos = 0, neg = 0;
            while (end < _order.Length && _scores[_order[end]] == _scores[_order[start]])
            {
                var i = _order[end];
                var w = weight(i);
                if (_labels[i])
                {
                    pos += w;
                }
                else
                {
                    neg += w;
                }

                end++;
            }

            u += pos * (below + 0.5 * neg);
            below += neg;
            w1 += pos;
            w0 += neg;
            start = end;
        }

        return w1 > 0 && w0 > 0 ? u / (w1 * w0) : double.NaN;
    }
}
