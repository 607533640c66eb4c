using System.Globalization;
using SynthAudit.Generation.Pgm;

namespace SynthAudit.Generation.Mechanisms;

/// <summary>AIM (McKenna, Mullins, Sheldon, Miklau 2022): workload-adaptive selection with budget annealing and a model-size
/// cap, on the Private-PGM estimator (docs/dp-generator.md 5).</summary>
/// <remarks>Workload: all 3-way cliques with at most 10⁴ cells (on the compressed domain), weight 1; candidates: its downward
/// closure, weight w_s = Σ_r |s ∩ r|. T = 16d; σ = sqrt(T/(2·0.9ρ)); ε = sqrt(8·0.1ρ/T). Initialisation measures every 1-way
/// marginal with σ and compresses rare levels as MST does in columns with more than <see cref="AimSettings.CompressAbove"/> levels (docs/dp-generator.md 2.5). Each round charges ε²/8 (EM with quality
/// w_s·(‖M_s(D) − M_s(p̂)‖₁ − sqrt(2/π)·σ·n_s), sensitivity max w_s) and 1/(2σ²) (Gaussian); candidates must keep the
/// junction tree within MaxSizeMb·ρ_used/ρ; when the new estimate moved less than the expected noise, σ halves and ε doubles;
/// when less than two rounds are left, the last round spends exactly the remainder.</remarks>
internal static class AimMechanism
{
    public static MechanismOutput Run(PrivateData data, AimSettings settings, CancellationToken ct)
    {
        var rho = data.Accountant.RemainingRho;
        var d = data.ColumnCount;
        var rounds = 16 * d;
        var sigma = Math.Sqrt(rounds / (2 * 0.9 * rho));
        var epsilon = Math.Sqrt(8 * 0.1 * rho / rounds);
        var singles = Enumerable.Range(0, d).Select(i => new[] { i }).ToList();
        var oneWay = data.MeasureGaussian(singles, sigma, "AIM 1-way marginals (initialisation)");
        var (measurements, groups, decodeWeights) = LevelGroups.Apply(data, oneWay, settings.CompressionSigmas * sigma,
            i => settings.CompressionSigmas > 0 && data.Sizes[i] > settings.CompressAbove);

        var sizes = data.Sizes;
        var (candidates, weights) = Candidates(sizes, settings.WorkloadWay, settings.MaxWorkloadCells);
        var model = MirrorDescentEstimator.Fit(sizes, measurements, settings.RoundIterations);
        var round = 0;
        var last = false;
        while (!last && candidates.Count > 0)
        {
            ct.ThrowIfCancellationRequested();
            round++;
            var remaining = data.Accountant.RemainingRho;
            if (remaining < 2 * ((1 / (2 * sigma * sigma)) + (epsilon * epsilon / 8)))
            {
                sigma = Math.Sqrt(1 / (2 * 0.9 * remaining));
                epsilon = Math.Sqrt(8 * 0.1 * remaining);
                last = true;
            }

            var usedAfter = data.Accountant.SpentRho + (1 / (2 * sigma * sigma)) + (epsilon * epsilon / 8);
            var sizeLimitCells = settings.MaxSizeMb * usedAfter / rho * (1 << 20) / 8.0;
            var modelCliques = measurements.Select(m => m.Clique).ToList();
            var oracle = new MarginalOracle(model);
            var estimates = new double[candidates.Count][];
            Parallel.For(0, candidates.Count, new ParallelOptions { CancellationToken = ct }, i =>
            {
                var s = candidates[i];
                if (!model.Covers(s) && JunctionTree.Build(d, sizes, modelCliques.Append(s)).TotalCells(sizes) > sizeLimitCells)
                {
                    return;
                }

                estimates[i] = oracle.Marginal(s)!;
            });

            var eligible = Enumerable.Range(0, candidates.Count).Where(i => estimates[i] is not null).ToList();
            if (eligible.Count == 0)
            {
                break;
            }

            var eligibleCliques = eligible.Select(i => candidates[i]).ToList();
            var sensitivity = eligible.Max(i => weights[i]);
            var noiseL1 = Math.Sqrt(2 / Math.PI) * sigma;
            var pick = eligible[data.SelectExponential(eligibleCliques, (j, counts) =>
            {
                var i = eligible[j];
                var est = estimates[i];
                double l1 = 0;
                for (var c = 0; c < counts.Length; c++)
                {
                    l1 += Math.Abs(counts[c] - est[c]);
                }

                return weights[i] * (l1 - (noiseL1 * counts.Length));
            }, epsilon, sensitivity, string.Create(CultureInfo.InvariantCulture, $"AIM round {round} selection"))];

            var clique = candidates[pick];
            var before = estimates[pick];
            measurements.AddRange(data.MeasureGaussian([clique], sigma, string.Create(CultureInfo.InvariantCulture, $"AIM round {round} measurement")));
            model = MirrorDescentEstimator.Fit(sizes, measurements, settings.RoundIterations, warmStart: model);
            var after = model.Marginal(clique);
            var moved = after.Zip(before, (a, b) => Math.Abs(a - b)).Sum();
            if (moved <= noiseL1 * after.Length)
            {
                sigma /= 2;
                epsilon *= 2;
            }
        }

        model = MirrorDescentEstimator.Fit(sizes, measurements, settings.FinalIterations, warmStart: model);

        // Listed categories whose combined noisy count is indistinguishable from zero are never sampled (docs/dp-generator.md 4.8).
        var categorical = Enumerable.Range(0, d).Select(i => data.OrderedLevels.Length <= i || data.OrderedLevels[i] == 0).ToArray();
        var keep = Enumerable.Range(0, d).Select(i => (IReadOnlyCollection<int>)Enumerable.Range(0, sizes[i])
            .Where(l => groups[i] is { } g ? g[l].Length > 1 || data.Extras[i].Contains(g[l][0]) : data.Extras[i].Contains(l)).ToHashSet()).ToArray();
        (model, var excluded) = LevelExclusion.Apply(model, measurements, categorical, keep);
        var excludedOriginal = excluded.Select((levels, i) => levels.Select(l => groups[i] is { } g ? g[l][0] : l).ToArray()).ToArray();
        return new MechanismOutput(model, measurements, groups) { Weights = decodeWeights, Excluded = excludedOriginal };
    }

    /// <summary>The downward closure of the workload (all k-way cliques within the cell cap) and each candidate's weight.</summary>
    internal static (List<int[]> Candidates, List<double> Weights) Candidates(int[] sizes, int way, long maxCells)
    {
        var d = sizes.Length;
        var k = Math.Min(way, d);
        var workload = Combinations(d, k).Where(c => FactorIndex.Cells(c, sizes) <= maxCells).ToList();
        var closure = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var r in workload)
        {
            for (var mask = 1; mask < 1 << r.Length; mask++)
            {
                int[] s = [.. Enumerable.Range(0, r.Length).Where(b => (mask & (1 << b)) != 0).Select(b => r[b])];
                closure[string.Join(',', s.Select(v => v.ToString("D4", CultureInfo.InvariantCulture)))] = s;
            }
        }

        var candidates = closure.Values.ToList();
        var weights = candidates.Select(s => (double)workload.Sum(r => s.Count(r.Contains))).ToList();
        return (candidates, weights);
    }

    private static IEnumerable<int[]> Combinations(int d, int k)
    {
        var current = Enumerable.Range(0, k).ToArray();
        if (k == 0 || k > d)
        {
            yield break;
        }

        while (true)
        {
            yield return [.. current];
            var i = k - 1;
            while (i >= 0 && current[i] == d - k + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            current[i]++;
            for (var j = i + 1; j < k; j++)
            {
                current[j] = current[j - 1] + 1;
            }
        }
    }
}
