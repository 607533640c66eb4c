namespace SynthAudit.Generation.Pgm;

/// <summary>The model's marginal on any clique: a projection when a maximal clique covers it, otherwise variable elimination
/// over the calibrated junction-tree factorisation of the smallest subtree that covers it (docs/dp-generator.md 4.3).</summary>
/// <remarks>On a calibrated tree p(x_U) = Π_K μ_K / Π_S μ_S over the cliques and separators of a connected subtree; the
/// variables outside the target are summed out greedily (smallest intermediate table first) in log space. Tables above
/// <see cref="MaxCells"/> are refused (null).</remarks>
internal sealed class MarginalOracle
{
    /// <summary>The largest intermediate table.</summary>
    public const int MaxCells = 1 << 22;

    private readonly GraphicalModel _model;
    private readonly int[] _depth;

    public MarginalOracle(GraphicalModel model)
    {
        _model = model;
        var tree = model.Tree;
        _depth = new int[tree.Cliques.Length];
        foreach (var i in tree.PreOrder)
        {
            _depth[i] = tree.Parent[i] < 0 ? 0 : _depth[tree.Parent[i]] + 1;
        }
    }

    /// <summary>The count-space marginal on <paramref name="clique"/> (sorted), or null when it would be too large.</summary>
    public double[]? Marginal(int[] clique)
    {
        if (_model.Covers(clique))
        {
            return _model.Marginal(clique);
        }

        var tree = _model.Tree;
        var sizes = _model.Sizes;
        var anchors = clique.Select(v => Array.FindIndex(tree.Cliques, k => k.Contains(v))).Distinct().ToList();
        var members = new HashSet<int>(anchors);
        for (var a = 1; a < anchors.Count; a++)
        {
            int x = anchors[0], y = anchors[a];
            while (x != y)
            {
                if (_depth[x] >= _depth[y])
                {
                    x = tree.Parent[x];
                    members.Add(x);
                }
                else
                {
                    y = tree.Parent[y];
                    members.Add(y);
                }
            }
        }

        var factors = new List<(int[] Vars, double[] Values)>();
        foreach (var k in members.Order())
        {
            factors.Add((tree.Cliques[k], Log(_model.Marginals[k], 1)));
            if (tree.Parent[k] >= 0 && members.Contains(tree.Parent[k]) && tree.Separators[k].Length > 0)
            {
                var sep = tree.Separators[k];
                var values = new double[FactorIndex.Cells(sep, sizes)];
                FactorIndex.SumInto(_model.Marginals[k], FactorIndex.Map(tree.Cliques[k], sep, sizes), values);
                factors.Add((sep, Log(values, -1)));
            }
        }

        var eliminate = factors.SelectMany(f => f.Vars).Distinct().Where(v => !clique.Contains(v)).ToHashSet();
        while (eliminate.Count > 0)
        {
            var best = -1;
            double bestCells = double.PositiveInfinity;
            foreach (var v in eliminate.Order())
            {
                var cells = factors.Where(f => f.Vars.Contains(v)).SelectMany(f => f.Vars).Distinct().Aggregate(1.0, (p, u) => p * sizes[u]);
                if (cells < bestCells)
                {
                    bestCells = cells;
                    best = v;
                }
            }

            if (bestCells > MaxCells)
            {
                return null;
            }

            var involved = factors.Where(f => f.Vars.Contains(best)).ToList();
            factors.RemoveAll(f => f.Vars.Contains(best));
            var product = Product(involved, sizes);
            var keep = product.Vars.Where(u => u != best).ToArray();
            factors.Add((keep, LogSumExpOut(product, keep, sizes)));
            eliminate.Remove(best);
        }

        var joint = Product(factors, sizes, clique);
        var logZ = BeliefPropagation.LogSumExp(joint.Values);
        return [.. joint.Values.Select(v => _model.Total * Math.Exp(v - logZ))];
    }

    private static double[] Log(double[] values, double sign) => [.. values.Select(v => sign * Math.Log(Math.Max(v, 1e-300)))];

    private static (int[] Vars, double[] Values) Product(List<(int[] Vars, double[] Values)> factors, int[] sizes, int[]? target = null)
    {
        var vars = target ?? [.. factors.SelectMany(f => f.Vars).Distinct().Order()];
        var values = new double[FactorIndex.Cells(vars, sizes)];
        foreach (var (fv, fx) in factors)
        {
            var map = FactorIndex.Map(vars, fv, sizes);
            for (var c = 0; c < values.Length; c++)
            {
                values[c] += fx[map[c]];
            }
        }

        return (vars, values);
    }

    private static double[] LogSumExpOut((int[] Vars, double[] Values) factor, int[] keep, int[] sizes)
    {
        var map = FactorIndex.Map(factor.Vars, keep, sizes);
        var output = new double[FactorIndex.Cells(keep, sizes)];
        var max = new double[output.Length];
        Array.Fill(max, double.NegativeInfinity);
        for (var c = 0; c < factor.Values.Length; c++)
        {
            max[map[c]] = Math.Max(max[map[c]], factor.Values[c]);
        }

        for (var c = 0; c < factor.Values.Length; c++)
        {
            output[map[c]] += Math.Exp(factor.Values[c] - max[map[c]]);
        }

        for (var s = 0; s < output.Length; s++)
        {
            output[s] = max[s] + Math.Log(output[s]);
        }

        return output;
    }
}
