namespace SynthAudit.Generation.Pgm;

/// <summary>The weighted least-squares loss Σ w_c (M_C(μ) − y)²/(2s²) of the measurements and its gradient per clique.</summary>
internal sealed class MarginalLoss
{
    private readonly IReadOnlyList<NoisyMarginal> _measurements;
    private readonly int[] _home;
    private readonly int[][] _maps;
    private readonly double[][] _precision;
    private readonly double[][] _projection;
    private readonly int _cliques;

    public MarginalLoss(JunctionTree tree, int[] sizes, IReadOnlyList<NoisyMarginal> measurements)
    {
        _measurements = measurements;
        _cliques = tree.Cliques.Length;
        _home = new int[measurements.Count];
        _maps = new int[measurements.Count][];
        _precision = new double[measurements.Count][];
        _projection = new double[measurements.Count][];
        for (var m = 0; m < measurements.Count; m++)
        {
            var clique = measurements[m].Clique;
            var best = -1;
            long bestCells = long.MaxValue;
            for (var i = 0; i < tree.Cliques.Length; i++)
            {
                if (clique.All(tree.Cliques[i].Contains))
                {
                    var cells = FactorIndex.Cells(tree.Cliques[i], sizes);
                    if (cells < bestCells)
                    {
                        bestCells = cells;
                        best = i;
                    }
                }
            }

            _home[m] = best;
            _maps[m] = FactorIndex.Map(tree.Cliques[best], clique, sizes);
            _precision[m] = [.. Enumerable.Range(0, measurements[m].Values.Length).Select(measurements[m].Precision)];
            _projection[m] = new double[measurements[m].Values.Length];
        }
    }

    /// <summary>Returns L(μ) and writes the gradient with respect to each clique marginal into <paramref name="grad"/>.</summary>
    public double Evaluate(double[][] mu, double[][] grad)
    {
        for (var i = 0; i < _cliques; i++)
        {
            Array.Clear(grad[i]);
        }

        double loss = 0;
        for (var m = 0; m < _measurements.Count; m++)
        {
            var home = _home[m];
            var map = _maps[m];
            var projection = _projection[m];
            FactorIndex.SumInto(mu[home], map, projection);
            var y = _measurements[m].Values;
            var precision = _precision[m];
            for (var c = 0; c < projection.Length; c++)
            {
                var r = projection[c] - y[c];
                loss += 0.5 * precision[c] * r * r;
                projection[c] = precision[c] * r;
            }

            var g = grad[home];
            for (var c = 0; c < g.Length; c++)
            {
                g[c] += projection[map[c]];
            }
        }

        return loss;
    }
}
