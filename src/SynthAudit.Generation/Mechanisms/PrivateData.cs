using System.Globalization;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Pgm;
using SynthAudit.Generation.Privacy;

namespace SynthAudit.Generation.Mechanisms;

/// <summary>The private table behind the odometer: its rows are read only inside a call that has been charged first.</summary>
/// <remarks>Measurements add exact discrete Gaussian noise to count tables (sensitivity 1 per table under add/remove);
/// selections run the exponential mechanism on scores of the true marginals. Recoding (MST's compression) applies a
/// public mapping derived from noisy counts and costs nothing. Mechanisms get <see cref="NoisyMarginal"/> records back,
/// never rows.</remarks>
internal sealed class PrivateData
{
    private readonly EncodedTable _table;
    private readonly PrivacyAccountant _accountant;
    private readonly IDpRandom _random;
    private readonly Dictionary<string, long[]> _countCache = new(StringComparer.Ordinal);

    public PrivateData(EncodedTable table, PrivacyAccountant accountant, IDpRandom random)
    {
        _table = table;
        _accountant = accountant;
        _random = random;
        Sizes = [.. table.Sizes];
        Extras = [.. Sizes.Select(_ => Array.Empty<int>())];
    }

    /// <summary>The current level count per column (public: the domain, after public recoding).</summary>
    public int[] Sizes { get; }

    /// <summary>Per column, the levels the domain allows without a listed value (other, missing): public, from the domain.</summary>
    public int[][] Extras { get; init; } = [];

    /// <summary>Per column, how many leading levels are ordered bins (numeric columns; 0 for categorical): public, from the domain.</summary>
    public int[] OrderedLevels { get; init; } = [];

    /// <summary>The number of columns.</summary>
    public int ColumnCount => Sizes.Length;

    /// <summary>How many times the rows were read (tests check that a refused charge reads nothing).</summary>
    public int Reads { get; private set; }

    public PrivacyAccountant Accountant => _accountant;

    /// <summary>Measures every clique with discrete Gaussian noise of standard deviation <paramref name="sigma"/>, charging
    /// count/(2σ²) first.</summary>
    public List<NoisyMarginal> MeasureGaussian(IReadOnlyList<int[]> cliques, double sigma, string purpose)
    {
        var rho = cliques.Count / (2 * sigma * sigma);
        _accountant.Spend(rho, purpose, "gaussian", string.Create(CultureInfo.InvariantCulture,
            $"discrete Gaussian, sd {sigma:G6} per cell, L2 sensitivity 1 per marginal, {cliques.Count} marginal(s)"));
        Reads++;
        var counts = new long[cliques.Count][];
        Parallel.For(0, cliques.Count, i => counts[i] = _table.Count(cliques[i]));
        var sampler = new DiscreteGaussian(sigma * sigma);
        var result = new List<NoisyMarginal>(cliques.Count);
        for (var i = 0; i < cliques.Count; i++)
        {
            var noisy = new double[counts[i].Length];
            sampler.AddNoise(counts[i], noisy, _random);
            result.Add(new NoisyMarginal(cliques[i], noisy, sigma));
        }

        return result;
    }

    /// <summary>Picks a candidate by the exponential mechanism with the given ε (charging ε²/8 first).</summary>
    /// <param name="candidates">The candidate cliques.</param>
    /// <param name="score">The quality of candidate i given its true count table.</param>
    /// <param name="epsilon">The EM ε.</param>
    /// <param name="sensitivity">The quality's sensitivity Δ_q.</param>
    /// <param name="purpose">The ledger label.</param>
    public int SelectExponential(IReadOnlyList<int[]> candidates, Func<int, long[], double> score, double epsilon, double sensitivity, string purpose)
    {
        var rho = epsilon * epsilon / 8;
        _accountant.Spend(rho, purpose, "exponential", string.Create(CultureInfo.InvariantCulture,
            $"exponential mechanism, epsilon {epsilon:G6}, score sensitivity {sensitivity:G6}, {candidates.Count} candidate(s)"));
        Reads++;
        var counts = new long[candidates.Count][];
        for (var i = 0; i < candidates.Count; i++)
        {
            var key = string.Join(',', candidates[i]);
            if (!_countCache.TryGetValue(key, out counts[i]!))
            {
                counts[i] = null!;
            }
        }

        Parallel.For(0, candidates.Count, i => counts[i] ??= _table.Count(candidates[i]));
        for (var i = 0; i < candidates.Count; i++)
        {
            _countCache[string.Join(',', candidates[i])] = counts[i];
        }

        var scores = new double[candidates.Count];
        Parallel.For(0, candidates.Count, i => scores[i] = score(i, counts[i]));
        return ExponentialMechanism.Select(scores, epsilon, sensitivity, _random);
    }

    /// <summary>MST's selection: a spanning tree of column pairs picked by d−1 exponential-mechanism steps (Kruskal order)
    /// with quality c_ab·‖M_ab(D) − x̂_ab‖₁, each step charged ε²/8 before it runs.</summary>
    /// <remarks>Adding or removing one row moves one cell of M_ab by 1, so the quality of pair ab moves by at most c_ab; the
    /// exponential mechanism uses the sensitivity max c over the step's candidates.</remarks>
    /// <param name="pairs">All candidate pairs.</param>
    /// <param name="estimates">The model's (public) estimate of each pair's table.</param>
    /// <param name="scales">Per pair, a positive factor c_ab computed from public information only (null = all 1).</param>
    /// <param name="epsilon">The EM ε per step.</param>
    /// <param name="purpose">The ledger label.</param>
    /// <exception cref="PrivacyBudgetExceededException">The whole plan does not fit (checked before any row is read).</exception>
    public List<int[]> SelectSpanningTree(IReadOnlyList<int[]> pairs, IReadOnlyList<double[]> estimates, IReadOnlyList<double>? scales,
        double epsilon, string purpose)
    {
        var steps = ColumnCount - 1;
        var stepRho = epsilon * epsilon / 8;
        if (!_accountant.CanSpend(steps * stepRho))
        {
            throw new PrivacyBudgetExceededException(purpose, steps * stepRho, _accountant.RemainingRho);
        }

        Reads++;
        var scores = new double[pairs.Count];
        Parallel.For(0, pairs.Count, i =>
        {
            var counts = _table.Count(pairs[i]);
            double l1 = 0;
            for (var c = 0; c < counts.Length; c++)
            {
                l1 += Math.Abs(counts[c] - estimates[i][c]);
            }

            scores[i] = (scales?[i] ?? 1) * l1;
        });

        var component = Enumerable.Range(0, ColumnCount).ToArray();
        var chosen = new List<int[]>(steps);
        for (var step = 0; step < steps; step++)
        {
            var candidates = new List<int>();
            for (var i = 0; i < pairs.Count; i++)
            {
                if (component[pairs[i][0]] != component[pairs[i][1]])
                {
                    candidates.Add(i);
                }
            }

            if (candidates.Count == 0)
            {
                break;
            }

            var sensitivity = candidates.Max(i => scales?[i] ?? 1);
            _accountant.Spend(stepRho, purpose, "exponential", string.Create(CultureInfo.InvariantCulture,
                $"exponential mechanism, epsilon {epsilon:G6}, score sensitivity {sensitivity:G6}, {candidates.Count} candidate pair(s)"));
            var candidateScores = candidates.Select(i => scores[i]).ToArray();
            var pick = pairs[candidates[ExponentialMechanism.Select(candidateScores, epsilon, sensitivity, _random)]];
            chosen.Add(pick);
            var from = component[pick[1]];
            var to = component[pick[0]];
            for (var c = 0; c < component.Length; c++)
            {
                if (component[c] == from)
                {
                    component[c] = to;
                }
            }
        }

        return chosen;
    }

    /// <summary>Applies a public level mapping to a column (post-processing of noisy counts).</summary>
    public void Recode(int column, int[] map, int newSize)
    {
        var codes = _table.Columns[column];
        for (var r = 0; r < codes.Length; r++)
        {
            codes[r] = map[codes[r]];
        }

        Sizes[column] = newSize;
        _countCache.Clear();
        _table.Sizes[column] = newSize;
    }
}
