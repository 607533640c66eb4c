using SynthAudit.Generation.Pgm;

namespace SynthAudit.Generation.Mechanisms;

/// <summary>Post-processing of a fitted model: a listed category whose noisy count, combined over every measurement that
/// contains its column, stays below <see cref="LevelGroups.RareCategorySigmas"/> standard deviations of that combined
/// estimate is removed from the model (its probability set to zero), so it is never sampled (docs/dp-generator.md 4.8).</summary>
/// <remarks>Each measurement on a clique with the column, summed over the clique's other columns, is an unbiased noisy count of
/// every level, with variance s²·(cells summed)/w; the inverse-variance weighted mean of those estimates and its standard
/// deviation decide. Only noisy measurements are read, so it costs nothing. A category nobody has (a code-book value such as
/// German credit's A47) then appears in the output only with the small probability that noise alone lifts its combined count
/// above the threshold; real categories that rare are lost, which is the price. The column's largest level is always kept.</remarks>
internal static class LevelExclusion
{
    /// <summary>The log-potential added to a removed level (finite, so belief propagation never meets ∞ − ∞).</summary>
    private const double Removed = -1e4;

    /// <summary>Returns the model without the levels that fail the test, and per column the (model) levels removed.</summary>
    public static (GraphicalModel Model, int[][] Excluded) Apply(GraphicalModel model, IReadOnlyList<NoisyMarginal> measurements,
        IReadOnlyList<bool> categorical, IReadOnlyList<IReadOnlyCollection<int>> keep)
    {
        var sizes = model.Sizes;
        var d = sizes.Length;
        var excluded = new int[d][];
        var any = false;
        for (var i = 0; i < d; i++)
        {
            excluded[i] = [];
            if (!categorical[i])
            {
                continue;
            }

            var (estimate, sd) = Combined(i, sizes, measurements);
            if (estimate is null)
            {
                continue;
            }

            var largest = Enumerable.Range(0, sizes[i]).MaxBy(l => estimate[l]);
            excluded[i] = [.. Enumerable.Range(0, sizes[i])
                .Where(l => l != largest && !keep[i].Contains(l) && estimate[l] < LevelGroups.RareCategorySigmas * sd[l])];
            any |= excluded[i].Length > 0;
        }

        if (!any)
        {
            return (model, excluded);
        }

        var tree = model.Tree;
        var potentials = model.Potentials.Select(p => (double[])p.Clone()).ToArray();
        for (var i = 0; i < d; i++)
        {
            if (excluded[i].Length == 0)
            {
                continue;
            }

            var k = Array.FindIndex(tree.Cliques, c => c.Contains(i));
            var map = FactorIndex.Map(tree.Cliques[k], [i], sizes);
            var removed = excluded[i].ToHashSet();
            for (var c = 0; c < potentials[k].Length; c++)
            {
                if (removed.Contains(map[c]))
                {
                    potentials[k][c] += Removed;
                }
            }
        }

        var marginals = tree.Cliques.Select(c => new double[FactorIndex.Cells(c, sizes)]).ToArray();
        new BeliefPropagation(tree, sizes).Run(potentials, model.Total, marginals);
        var result = new GraphicalModel(tree, sizes, potentials, marginals, model.Total)
        {
            Iterations = model.Iterations,
            StepSize = model.StepSize,
            Loss = model.Loss,
        };
        return (result, excluded);
    }

    /// <summary>The inverse-variance weighted noisy count of every level of <paramref name="column"/> and its standard deviation.</summary>
    internal static (double[]? Estimate, double[] StdDev) Combined(int column, int[] sizes, IReadOnlyList<NoisyMarginal> measurements)
    {
        var n = sizes[column];
        var num = new double[n];
        var precision = new double[n];
        foreach (var m in measurements)
        {
            if (!m.Clique.Contains(column))
            {
                continue;
            }

            var map = FactorIndex.Map(m.Clique, [column], sizes);
            var sum = new double[n];
            var variance = new double[n];
            for (var c = 0; c < m.Values.Length; c++)
            {
                sum[map[c]] += m.Values[c];
                variance[map[c]] += 1 / m.Precision(c);
            }

            for (var l = 0; l < n; l++)
            {
                num[l] += sum[l] / variance[l];
                precision[l] += 1 / variance[l];
            }
        }

        if (precision.All(p => p == 0))
        {
            return (null, []);
        }

        return ([.. Enumerable.Range(0, n).Select(l => num[l] / precision[l])], [.. precision.Select(p => Math.Sqrt(1 / p))]);
    }
}
