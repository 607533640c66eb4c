using System.Numerics.Tensors;

namespace SynthAudit.Generation.Pgm;

/// <summary>Private-PGM estimation: mirror descent on the potentials with belief propagation (docs/dp-generator.md 4.4-4.6).</summary>
/// <remarks>Loss L(μ) = Σ_m Σ_cells w_c·(M_C(μ) − y)²/(2s²) (Gaussian negative log-likelihood, weighting 1/(2s²)); its
/// gradient on a clique is broadcast to the measurement's home clique. Step θ' = θ − α·g, accepted when
/// L − L' ≥ ½·α·⟨g, μ − μ'⟩ (then α ← 1.01α) and otherwise retried with α ← α/2; α₀ = 1/(N̂·Σ_m 1/s²). Stops after
/// <c>iterations</c> steps or when the relative loss decrease over 100 iterations falls below 1e-8. Takes only noisy
/// marginals: raw rows cannot reach it.</remarks>
internal static class MirrorDescentEstimator
{
    /// <summary>The inverse-variance weighted estimate of N from the measurements' sums (≥ 1).</summary>
    public static double EstimateTotal(IReadOnlyList<NoisyMarginal> measurements)
    {
        double num = 0;
        double den = 0;
        foreach (var m in measurements)
        {
            var (total, variance) = m.TotalEstimate();
            num += total / variance;
            den += 1 / variance;
        }

        return den > 0 ? Math.Max(1, num / den) : 1;
    }

    /// <summary>Fits a model to <paramref name="measurements"/>; <paramref name="extraCliques"/> are added to the structure.</summary>
    public static GraphicalModel Fit(int[] sizes, IReadOnlyList<NoisyMarginal> measurements, int iterations,
        GraphicalModel? warmStart = null, IEnumerable<int[]>? extraCliques = null, double? total = null)
    {
        var cliques = measurements.Select(m => m.Clique).Concat(extraCliques ?? []).ToList();
        var tree = JunctionTree.Build(sizes.Length, sizes, cliques);
        var n = total ?? EstimateTotal(measurements);
        var k = tree.Cliques.Length;
        var theta = new double[k][];
        var thetaNew = new double[k][];
        var mu = new double[k][];
        var muNew = new double[k][];
        var grad = new double[k][];
        var gradNew = new double[k][];
        for (var i = 0; i < k; i++)
        {
            var cells = (int)FactorIndex.Cells(tree.Cliques[i], sizes);
            theta[i] = new double[cells];
            thetaNew[i] = new double[cells];
            mu[i] = new double[cells];
            muNew[i] = new double[cells];
            grad[i] = new double[cells];
            gradNew[i] = new double[cells];
        }

        if (warmStart is not null)
        {
            WarmStart(warmStart, tree, sizes, theta);
        }

        var loss = new MarginalLoss(tree, sizes, measurements);
        var bp = new BeliefPropagation(tree, sizes);
        bp.Run(theta, n, mu);
        var value = loss.Evaluate(mu, grad);
        if (measurements.Count == 0)
        {
            return new GraphicalModel(tree, sizes, theta, mu, n);
        }

        // A warm start resumes from the previous run's accepted step size (never below the safe start).
        var alpha = 1.0 / (n * measurements.Sum(m => 1 / (m.StdDev * m.StdDev)));
        if (warmStart is not null && warmStart.StepSize > alpha)
        {
            alpha = warmStart.StepSize;
        }

        var history = new double[100];
        var accepted = 0;
        var t = 0;
        for (; t < iterations; t++)
        {
            for (var i = 0; i < k; i++)
            {
                TensorPrimitives.MultiplyAdd(grad[i], -alpha, theta[i], thetaNew[i]);
            }

            bp.Run(thetaNew, n, muNew);
            var valueNew = loss.Evaluate(muNew, gradNew);
            double inner = 0;
            for (var i = 0; i < k; i++)
            {
                inner += TensorPrimitives.Dot(grad[i], mu[i]) - TensorPrimitives.Dot(grad[i], muNew[i]);
            }

            if (value - valueNew >= 0.5 * alpha * inner && double.IsFinite(valueNew))
            {
                (theta, thetaNew) = (thetaNew, theta);
                (mu, muNew) = (muNew, mu);
                (grad, gradNew) = (gradNew, grad);
                value = valueNew;
                alpha *= 1.01;
                var slot = accepted % history.Length;
                if (accepted >= history.Length && history[slot] - value < 1e-8 * Math.Abs(history[slot]))
                {
                    break;
                }

                history[slot] = value;
                accepted++;
            }
            else
            {
                alpha *= 0.5;
            }
        }

        return new GraphicalModel(tree, sizes, theta, mu, n) { Iterations = t, Loss = value, StepSize = alpha };
    }

    private static void WarmStart(GraphicalModel previous, JunctionTree tree, int[] sizes, double[][] theta)
    {
        for (var p = 0; p < previous.Tree.Cliques.Length; p++)
        {
            var old = previous.Tree.Cliques[p];
            for (var i = 0; i < tree.Cliques.Length; i++)
            {
                if (old.All(tree.Cliques[i].Contains))
                {
                    var map = FactorIndex.Map(tree.Cliques[i], old, sizes);
                    var source = previous.Potentials[p];
                    var target = theta[i];
                    for (var c = 0; c < target.Length; c++)
                    {
                        target[c] += source[map[c]];
                    }

                    break;
                }
            }
        }
    }
}
