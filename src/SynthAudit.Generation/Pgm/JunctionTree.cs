namespace SynthAudit.Generation.Pgm;

/// <summary>A junction tree over the columns, built by greedy elimination from the measured cliques (docs/dp-generator.md 4.2).</summary>
/// <remarks>Interaction graph = pairs co-occurring in a clique; eliminate the column whose elimination table is smallest
/// (ties: lowest index), connecting its neighbours; keep the maximal elimination cliques; join them by a maximum-weight
/// spanning tree on |K_i ∩ K_j| (Kruskal, deterministic ties, weight-0 edges join disconnected parts); root = clique 0.</remarks>
internal sealed class JunctionTree
{
    private JunctionTree(int[][] cliques, int[] parent, int[] preOrder, int[] eliminationOrder)
    {
        Cliques = cliques;
        Parent = parent;
        PreOrder = preOrder;
        EliminationOrder = eliminationOrder;
        Children = new List<int>[cliques.Length];
        for (var i = 0; i < cliques.Length; i++)
        {
            Children[i] = [];
        }

        foreach (var i in preOrder)
        {
            if (parent[i] >= 0)
            {
                Children[parent[i]].Add(i);
            }
        }

        Separators = new int[cliques.Length][];
        for (var i = 0; i < cliques.Length; i++)
        {
            Separators[i] = parent[i] < 0 ? [] : [.. cliques[i].Intersect(cliques[parent[i]]).Order()];
        }
    }

    /// <summary>The maximal cliques (sorted column indices).</summary>
    public int[][] Cliques { get; }

    /// <summary>The parent of each clique (-1 for the root).</summary>
    public int[] Parent { get; }

    /// <summary>The children of each clique.</summary>
    public List<int>[] Children { get; }

    /// <summary>The separator between each clique and its parent (empty for the root).</summary>
    public int[][] Separators { get; }

    /// <summary>Cliques root first, every parent before its children.</summary>
    public int[] PreOrder { get; }

    /// <summary>The column elimination order (its reverse is the sampling order).</summary>
    public int[] EliminationOrder { get; }

    /// <summary>The total number of cells of the cliques.</summary>
    public long TotalCells(int[] sizes) => Cliques.Sum(c => FactorIndex.Cells(c, sizes));

    /// <summary>Builds the tree for <paramref name="columnCount"/> columns and the given measured cliques.</summary>
    public static JunctionTree Build(int columnCount, int[] sizes, IEnumerable<int[]> measured)
    {
        var adjacency = new HashSet<int>[columnCount];
        for (var i = 0; i < columnCount; i++)
        {
            adjacency[i] = [];
        }

        foreach (var clique in measured)
        {
            foreach (var a in clique)
            {
                foreach (var b in clique)
                {
                    if (a != b)
                    {
                        adjacency[a].Add(b);
                    }
                }
            }
        }

        var eliminated = new bool[columnCount];
        var order = new int[columnCount];
        var produced = new List<int[]>();
        for (var step = 0; step < columnCount; step++)
        {
            var best = -1;
            var bestCost = double.PositiveInfinity;
            for (var v = 0; v < columnCount; v++)
            {
                if (eliminated[v])
                {
                    continue;
                }

                double cost = sizes[v];
                foreach (var u in adjacency[v])
                {
                    cost *= sizes[u];
                }

                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = v;
                }
            }

            order[step] = best;
            eliminated[best] = true;
            var nbrs = adjacency[best].Order().ToArray();
            produced.Add([.. nbrs.Append(best).Order()]);
            foreach (var a in nbrs)
            {
                adjacency[a].Remove(best);
                foreach (var b in nbrs)
                {
                    if (a != b)
                    {
                        adjacency[a].Add(b);
                    }
                }
            }
        }

        var maximal = new List<int[]>();
        for (var i = 0; i < produced.Count; i++)
        {
            var c = produced[i];
            var dominated = false;
            for (var j = 0; j < produced.Count && !dominated; j++)
            {
                if (j == i)
                {
                    continue;
                }

                var other = produced[j];
                var subset = c.All(v => other.Contains(v));
                dominated = subset && (other.Length > c.Length || j < i);
            }

            if (!dominated)
            {
                maximal.Add(c);
            }
        }

        var cliques = maximal.ToArray();
        var edges = new List<(int Weight, int I, int J)>();
        for (var i = 0; i < cliques.Length; i++)
        {
            for (var j = i + 1; j < cliques.Length; j++)
            {
                edges.Add((cliques[i].Intersect(cliques[j]).Count(), i, j));
            }
        }

        edges.Sort((x, y) => y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight) : x.I != y.I ? x.I.CompareTo(y.I) : x.J.CompareTo(y.J));
        var unionFind = Enumerable.Range(0, cliques.Length).ToArray();
        var neighbours = new List<int>[cliques.Length];
        for (var i = 0; i < cliques.Length; i++)
        {
            neighbours[i] = [];
        }

        foreach (var (_, i, j) in edges)
        {
            var ri = Find(unionFind, i);
            var rj = Find(unionFind, j);
            if (ri == rj)
            {
                continue;
            }

            unionFind[ri] = rj;
            neighbours[i].Add(j);
            neighbours[j].Add(i);
        }

        var parent = Enumerable.Repeat(-1, cliques.Length).ToArray();
        var pre = new List<int>(cliques.Length);
        var seen = new bool[cliques.Length];
        var stack = new Stack<int>();
        stack.Push(0);
        seen[0] = true;
        while (stack.Count > 0)
        {
            var i = stack.Pop();
            pre.Add(i);
            foreach (var j in neighbours[i].OrderDescending())
            {
                if (!seen[j])
                {
                    seen[j] = true;
                    parent[j] = i;
                    stack.Push(j);
                }
            }
        }

        return new JunctionTree(cliques, parent, [.. pre], order);
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
