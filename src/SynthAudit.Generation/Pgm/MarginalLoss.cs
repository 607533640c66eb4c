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
    private readonly int[][] _byHome;
    private readonly double[] _cliqueLoss;

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

        _byHome = [.. Enumerable.Range(0, _cliques).Select(k => Enumerable.Range(0, measurements.Count).Where(m => _home[m] == k).ToArray())];
        _cliqueLoss = new double[_cliques];
    }

    /// <summary>Returns L(μ) and writes the gradient with respect to each clique marginal into <paramref name="grad"/>.</summary>
    /// <remarks>Cliques are processed in parallel (each writes only its own gradient and loss slot); the loss is summed in
    /// clique order, so the result does not depend on the number of threads.</remarks>
    public double Evaluate(double[][] mu, double[][] grad)
    {
        if (_cliques > 1 && mu.Sum(m => (long)m.Length) > 20_000)
        {
            Parallel.For(0, _cliques, k => _cliqueLoss[k] = EvaluateClique(k, mu, grad));
        }
        else
        {
            for (var k = 0; k < _cliques; k++)
            {
                _cliqueLoss[k] = EvaluateClique(k, mu, grad);
            }
        }

        double loss = 0;
        foreach (var l in _cliqueLoss)
        {
            loss += l;
        }

        return loss;
    }

    private double EvaluateClique(int home, double[][] mu, double[][] grad)
    {
        var g = grad[home];
        Array.Clear(g);
        double loss = 0;
        foreach (var m in _byHome[home])
        {
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

            for (var c = 0; c < g.Length; c++)
            {
                g[c] += projection[map[c]];
            }
        }

        return loss;
    }
}
