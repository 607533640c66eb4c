using SynthAudit.Generation.Pgm;

namespace SynthAudit.Generation.Mechanisms;

/// <summary>MST (McKenna, Miklau, Sheldon 2021): 1-way marginals, compression, EM spanning tree, 2-way marginals, Private-PGM.</summary>
/// <remarks>With budget ρ: σ = sqrt(3/(2ρ)); the d 1-way marginals get σ·sqrt(d) (ρ/3); the d−1 EM steps get
/// ε = sqrt(8·(ρ/3)/(d−1)) each (ρ/3); the d−1 tree edges get σ·sqrt(d−1) (the rest, ρ/3). One column: all of ρ on its
/// 1-way marginal. The tree's score is the L1 distance from independence divided by its chance level
/// (<see cref="ChanceScales"/>; docs/dp-generator.md 3, step 3).</remarks>
internal static class MstMechanism
{
    public static MechanismOutput Run(PrivateData data, int iterations, CancellationToken ct)
    {
        var rho = data.Accountant.RemainingRho;
        var d = data.ColumnCount;
        var singles = Enumerable.Range(0, d).Select(i => new[] { i }).ToList();
        var sigma1 = d == 1 ? Math.Sqrt(1 / (2 * rho)) : Math.Sqrt(3 / (2 * rho)) * Math.Sqrt(d);
        var oneWay = data.MeasureGaussian(singles, sigma1, "MST 1-way marginals");
        var (measurements, groups, weights) = LevelGroups.Apply(data, oneWay, 3 * sigma1, _ => true);
        ct.ThrowIfCancellationRequested();
        var sizes = data.Sizes;
        if (d > 1)
        {
            var total = MirrorDescentEstimator.EstimateTotal(measurements);
            var mu = measurements.Select(m => DomainCompression.Project(m, total)).ToArray();
            var pairs = new List<int[]>();
            var estimates = new List<double[]>();
            for (var a = 0; a < d; a++)
            {
                for (var b = a + 1; b < d; b++)
                {
                    pairs.Add([a, b]);
                    var table = new double[sizes[a] * sizes[b]];
                    for (var i = 0; i < sizes[a]; i++)
                    {
                        for (var j = 0; j < sizes[b]; j++)
                        {
                            table[(i * sizes[b]) + j] = mu[a][i] * mu[b][j] / total;
                        }
                    }

                    estimates.Add(table);
                }
            }

            var epsilon = Math.Sqrt(8 * (rho / 3) / (d - 1));
            var edges = data.SelectSpanningTree(pairs, estimates, ChanceScales(pairs, mu, total), epsilon, "MST tree selection");
            ct.ThrowIfCancellationRequested();

            // The last step spends exactly what is left (= ρ/3 up to rounding), so the ledger sums to ρ.
            var sigma2 = Math.Sqrt(edges.Count / (2 * data.Accountant.RemainingRho));
            measurements.AddRange(data.MeasureGaussian(edges, sigma2, "MST 2-way marginals"));
        }

        var model = MirrorDescentEstimator.Fit(sizes, measurements, iterations);
        return new MechanismOutput(model, measurements, groups) { Weights = weights };
    }

    /// <summary>Per pair, 1/(R_a·R_b) with R_a = Σ_v sqrt(p̂_a(v)) from the noisy 1-way estimates: the selection score becomes the
    /// L1 dependence measured in units of the L1 that sampling alone gives a pair of independent columns.</summary>
    /// <remarks>For independent columns, E‖M_ab − N·p_a p_bᵀ‖₁ ≈ sqrt(2N/π)·Σ_ij sqrt(p_a(i)·p_b(j)) = sqrt(2N/π)·R_a·R_b, so the
    /// plain L1 grows with the square root of the table's (effective) cell count even without any dependence, and a tree
    /// chosen by it favours wide tables (age × fnlwgt, age × marital-status) over strong dependences on small ones (numeric
    /// columns on the binary income). R ≥ 1, so every factor is at most 1. Only noisy, already released counts are used.</remarks>
    internal static double[] ChanceScales(IReadOnlyList<int[]> pairs, IReadOnlyList<double[]> oneWay, double total)
    {
        var roots = oneWay.Select(m => m.Sum(v => Math.Sqrt(Math.Max(v, 0) / total))).ToArray();
        return [.. pairs.Select(p => 1 / Math.Max(1, roots[p[0]] * roots[p[1]]))];
    }
}
