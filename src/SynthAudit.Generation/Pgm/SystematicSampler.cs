using SynthAudit.Core.Randomness;

namespace SynthAudit.Generation.Pgm;

/// <summary>Samples synthetic rows from a model column by column with systematic rounding (docs/dp-generator.md 4.7).</summary>
/// <remarks>Columns in reverse elimination order; each column is drawn conditionally on the already-sampled columns of the
/// cliques that contain it (a set inside one maximal clique). Within a group of rows with equal parent values, the
/// conditional counts are scaled to the group size, floored, and the remainder is given to distinct cells chosen with
/// probability ∝ the fractional parts (Efraimidis–Spirakis keys), then the values are shuffled. Post-processing only.</remarks>
internal static class SystematicSampler
{
    /// <summary>Draws <paramref name="rows"/> rows; returns one code array per column.</summary>
    public static int[][] Sample(GraphicalModel model, int rows, DeterministicRandom random)
    {
        var sizes = model.Sizes;
        var d = sizes.Length;
        var output = new int[d][];
        var used = new List<int>();
        var order = model.Tree.EliminationOrder.Reverse().ToArray();
        var keys = new int[rows];
        var index = new int[rows];
        foreach (var v in order)
        {
            var column = new int[rows];
            var inCliques = model.Tree.Cliques.Where(c => c.Contains(v)).SelectMany(c => c).ToHashSet();
            var parents = used.Where(inCliques.Contains).Order().ToArray();
            var home = Array.FindIndex(model.Tree.Cliques, c => c.Contains(v) && parents.All(c.Contains));
            int[] target = [.. parents, v];
            var map = FactorIndex.Map(model.Tree.Cliques[home], target, sizes);
            var table = new double[FactorIndex.Cells(target, sizes)];
            FactorIndex.SumInto(model.Marginals[home], map, table);
            var nv = sizes[v];
            var groups = table.Length / nv;

            // Group rows by their parent key (counting sort).
            Array.Clear(keys);
            var stride = 1;
            for (var p = parents.Length - 1; p >= 0; p--)
            {
                var col = output[parents[p]];
                for (var r = 0; r < rows; r++)
                {
                    keys[r] += col[r] * stride;
                }

                stride *= sizes[parents[p]];
            }

            var start = new int[groups + 1];
            foreach (var key in keys)
            {
                start[key + 1]++;
            }

            for (var g = 0; g < groups; g++)
            {
                start[g + 1] += start[g];
            }

            var fill = start.ToArray();
            for (var r = 0; r < rows; r++)
            {
                index[fill[keys[r]]++] = r;
            }

            var values = new int[rows];
            for (var g = 0; g < groups; g++)
            {
                var count = start[g + 1] - start[g];
                if (count == 0)
                {
                    continue;
                }

                RoundedColumn(table.AsSpan(g * nv, nv), count, values.AsSpan(0, count), random);
                for (var j = 0; j < count; j++)
                {
                    column[index[start[g] + j]] = values[j];
                }
            }

            output[v] = column;
            used.Add(v);
        }

        return output;
    }

    /// <summary>Fills <paramref name="output"/> (length m) with values whose counts are the systematic rounding of
    /// <paramref name="counts"/> scaled to m, in random order.</summary>
    internal static void RoundedColumn(ReadOnlySpan<double> counts, int m, Span<int> output, DeterministicRandom random)
    {
        var n = counts.Length;
        var scaled = new double[n];
        double sum = 0;
        for (var j = 0; j < n; j++)
        {
            scaled[j] = Math.Max(0, counts[j]);
            sum += scaled[j];
        }

        if (!(sum > 0) || !double.IsFinite(sum))
        {
            Array.Fill(scaled, 1.0);
            sum = n;
        }

        var baseCounts = new int[n];
        var keys = new double[n];
        var assigned = 0;
        for (var j = 0; j < n; j++)
        {
            var c = scaled[j] * m / sum;
            baseCounts[j] = (int)Math.Floor(c);
            assigned += baseCounts[j];
            var frac = c - baseCounts[j];

            // Efraimidis–Spirakis: the r smallest −ln(U)/frac are a weighted sample without replacement.
            keys[j] = frac > 0 ? -Math.Log(1 - random.NextDouble()) / frac : double.PositiveInfinity;
        }

        var remainder = Math.Max(0, m - assigned);
        if (remainder > 0)
        {
            var byKey = Enumerable.Range(0, n).OrderBy(j => keys[j]).ThenBy(j => j).Take(remainder);
            foreach (var j in byKey)
            {
                baseCounts[j]++;
            }
        }

        var pos = 0;
        for (var j = 0; j < n && pos < m; j++)
        {
            for (var c = 0; c < baseCounts[j] && pos < m; c++)
            {
                output[pos++] = j;
            }
        }

        while (pos < m)
        {
            output[pos++] = n - 1;
        }

        random.ShuffleInPlace(output);
    }
}
