namespace SynthAudit.Generation.Pgm;

/// <summary>A fitted model: junction tree, log-potentials θ per maximal clique, clique marginals μ (counts) and total N̂.</summary>
internal sealed class GraphicalModel
{
    public GraphicalModel(JunctionTree tree, int[] sizes, double[][] potentials, double[][] marginals, double total)
    {
        Tree = tree;
        Sizes = sizes;
        Potentials = potentials;
        Marginals = marginals;
        Total = total;
    }

    public JunctionTree Tree { get; }

    public int[] Sizes { get; }

    public double[][] Potentials { get; }

    public double[][] Marginals { get; }

    public double Total { get; }

    /// <summary>The count-space marginal on <paramref name="clique"/> (sorted), which must lie inside one maximal clique.</summary>
    public double[] Marginal(int[] clique)
    {
        for (var i = 0; i < Tree.Cliques.Length; i++)
        {
            if (clique.All(v => Tree.Cliques[i].Contains(v)))
            {
                var map = FactorIndex.Map(Tree.Cliques[i], clique, Sizes);
                var output = new double[FactorIndex.Cells(clique, Sizes)];
                FactorIndex.SumInto(Marginals[i], map, output);
                return output;
            }
        }

        throw new InvalidOperationException("the clique is not inside a maximal clique of the model");
    }

    /// <summary>Whether <paramref name="clique"/> lies inside one maximal clique.</summary>
    public bool Covers(int[] clique) => Tree.Cliques.Any(k => clique.All(k.Contains));
}
