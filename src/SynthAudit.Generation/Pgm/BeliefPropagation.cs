using System.Numerics.Tensors;

namespace SynthAudit.Generation.Pgm;

/// <summary>Sum-product on a junction tree in log space: clique marginals (count space) from log-potentials (docs/dp-generator.md 4.3).</summary>
/// <remarks>Collect (leaves to root) then distribute (root to leaves); a message is the log-sum-exp of the sender's
/// belief (minus the receiver's message to it) over the variables not in the separator, with the per-output-cell
/// maximum subtracted. Each clique is normalised by its own log-partition value, then scaled to the total N̂. The
/// index maps between cliques and separators are computed once; the exponentials are vectorised.</remarks>
internal sealed class BeliefPropagation
{
    private readonly JunctionTree _tree;
    private readonly int[][] _toOwnSeparator;
    private readonly int[][] _parentToSeparator;
    private readonly double[][] _up;
    private readonly double[][] _down;
    private readonly double[][] _belief;
    private readonly double[][] _scratch;
    private readonly double[][] _max;
    private readonly long _totalCells;

    public BeliefPropagation(JunctionTree tree, int[] sizes)
    {
        _tree = tree;
        var n = tree.Cliques.Length;
        _toOwnSeparator = new int[n][];
        _parentToSeparator = new int[n][];
        _up = new double[n][];
        _down = new double[n][];
        _belief = new double[n][];
        _scratch = new double[n][];
        _max = new double[n][];
        for (var i = 0; i < n; i++)
        {
            var cells = (int)FactorIndex.Cells(tree.Cliques[i], sizes);
            _belief[i] = new double[cells];
            _totalCells += cells;
            _scratch[i] = new double[cells];
            var sepCells = (int)FactorIndex.Cells(tree.Separators[i], sizes);
            _up[i] = new double[sepCells];
            _down[i] = new double[sepCells];
            _max[i] = new double[sepCells];
            if (tree.Parent[i] >= 0)
            {
                _toOwnSeparator[i] = FactorIndex.Map(tree.Cliques[i], tree.Separators[i], sizes);
                _parentToSeparator[i] = FactorIndex.Map(tree.Cliques[tree.Parent[i]], tree.Separators[i], sizes);
            }
        }
    }

    /// <summary>Computes the marginal μ_K = N̂·p(x_K) of every clique from the potentials θ.</summary>
    public void Run(double[][] theta, double total, double[][] mu)
    {
        var order = _tree.PreOrder;

        // Collect: post-order.
        for (var o = order.Length - 1; o >= 0; o--)
        {
            var i = order[o];
            var b = _belief[i];
            theta[i].CopyTo(b, 0);
            foreach (var c in _tree.Children[i])
            {
                Broadcast(b, _up[c], _parentToSeparator[c]);
            }

            if (_tree.Parent[i] >= 0)
            {
                LogSumExpInto(b, _toOwnSeparator[i], _up[i], _scratch[i], _max[i]);
            }
        }

        // Distribute: pre-order. The belief of i already holds θ_i + Σ up[children]; add the message from the parent.
        foreach (var i in order)
        {
            var b = _belief[i];
            if (_tree.Parent[i] >= 0)
            {
                Broadcast(b, _down[i], _toOwnSeparator[i]);
            }

            foreach (var c in _tree.Children[i])
            {
                // Message to c: log-sum-exp of (belief − up[c]) onto the separator.
                var map = _parentToSeparator[c];
                var s = _scratch[i];
                var up = _up[c];
                for (var k = 0; k < b.Length; k++)
                {
                    s[k] = b[k] - up[map[k]];
                }

                LogSumExpInto(s, map, _down[c], s, _max[c]);
            }
        }

        if (order.Length > 1 && _totalCells > 20_000)
        {
            Parallel.For(0, order.Length, i => Normalize(_belief[i], total, mu[i]));
        }
        else
        {
            for (var i = 0; i < order.Length; i++)
            {
                Normalize(_belief[i], total, mu[i]);
            }
        }
    }

    private static void Normalize(double[] belief, double total, double[] mu)
    {
        var logZ = LogSumExp(belief);
        TensorPrimitives.Subtract(belief, logZ, mu);
        TensorPrimitives.Exp(mu, mu);
        TensorPrimitives.Multiply(mu, total, mu);
    }

    /// <summary>log Σ exp over all cells.</summary>
    internal static double LogSumExp(ReadOnlySpan<double> values)
    {
        var max = TensorPrimitives.Max(values);
        if (double.IsNegativeInfinity(max))
        {
            return max;
        }

        double sum = 0;
        foreach (var v in values)
        {
            sum += Math.Exp(v - max);
        }

        return max + Math.Log(sum);
    }

    private static void Broadcast(double[] target, double[] small, int[] map)
    {
        for (var k = 0; k < target.Length; k++)
        {
            target[k] += small[map[k]];
        }
    }

    /// <summary>output[s] = log Σ_{k: map[k]=s} exp(values[k]); <paramref name="scratch"/> may alias <paramref name="values"/>.</summary>
    private static void LogSumExpInto(double[] values, int[] map, double[] output, double[] scratch, double[] max)
    {
        Array.Fill(max, double.NegativeInfinity);
        for (var k = 0; k < values.Length; k++)
        {
            var m = map[k];
            if (values[k] > max[m])
            {
                max[m] = values[k];
            }
        }

        for (var k = 0; k < values.Length; k++)
        {
            var m = max[map[k]];
            scratch[k] = double.IsNegativeInfinity(m) ? double.NegativeInfinity : values[k] - m;
        }

        TensorPrimitives.Exp(scratch, scratch);
        Array.Clear(output);
        for (var k = 0; k < scratch.Length; k++)
        {
            output[map[k]] += scratch[k];
        }

        for (var s = 0; s < output.Length; s++)
        {
            output[s] = double.IsNegativeInfinity(max[s]) ? double.NegativeInfinity : max[s] + Math.Log(output[s]);
        }
    }
}
