using System.Collections.Immutable;
using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Fidelity.Encoding;

namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>Which pairs and k-way marginals the fidelity statistics cover, fixed once per audit.</summary>
internal sealed class FidelityPlan
{
    /// <summary>The default k of the k-marginal score.</summary>
    public const int DefaultK = 3;

    /// <summary>The most k-way marginals scored; beyond this a seeded sample without replacement is used.</summary>
    public const int MaxMarginals = 200;

    /// <summary>The memory per-row marginal indexes may take per kind (pairs, k-marginals) before the marginals switch to
    /// computing cells from shared byte codes.</summary>
    public const long IndexBudgetBytes = 128L << 20;

    /// <summary>Builds the plan: all column pairs, numeric pairs, and the k-marginal sets (sampled with <paramref name="random"/>).</summary>
    /// <param name="encoding">The encoding.</param>
    /// <param name="random">The stream that samples k-way combinations when there are more than 200.</param>
    /// <param name="parallel">Parallelism for building the marginals.</param>
    public FidelityPlan(FidelityEncoding encoding, DeterministicRandom random, ParallelOptions? parallel = null)
    {
        var p = encoding.Columns.Length;
        var pairs = new List<(int A, int B)>();
        for (var i = 0; i < p; i++)
        {
            for (var j = i + 1; j < p; j++)
            {
                pairs.Add((i, j));
            }
        }

        Pairs = [.. pairs];
        NumericPairs = [.. Enumerable.Range(0, pairs.Count).Where(k => encoding.Columns[pairs[k].A].IsNumeric && encoding.Columns[pairs[k].B].IsNumeric)];
        PairMarginals = Build(encoding, pairs.Select(x => new[] { x.A, x.B }).ToList(), twentyBins: false, parallel);
        K = Math.Min(DefaultK, p);
        var combos = K == 0 ? [] : Combinations(p, K);
        TotalMarginals = combos.Count;
        IReadOnlyList<int[]> chosen = combos;
        if (combos.Count > MaxMarginals)
        {
            var picks = random.SampleWithoutReplacement(combos.Count, MaxMarginals);
            Array.Sort(picks);
            chosen = picks.Select(i => combos[i]).ToList();
        }

        KMarginals = Build(encoding, chosen, twentyBins: true, parallel);
        MaxCells = Math.Max(
            PairMarginals.IsEmpty ? 0 : PairMarginals.Max(m => m.CellCount),
            KMarginals.IsEmpty ? 0 : KMarginals.Max(m => m.CellCount));
        MaxCardinality = encoding.Columns.IsEmpty ? 0 : encoding.Columns.Max(c => c.Cardinality);
    }

    /// <summary>Every pair of used columns (i &lt; j), in schema order.</summary>
    public ImmutableArray<(int A, int B)> Pairs { get; }

    /// <summary>Indices into <see cref="Pairs"/> of the numeric–numeric pairs.</summary>
    public ImmutableArray<int> NumericPairs { get; }

    /// <summary>The 10-bin two-way marginal of each pair.</summary>
    public ImmutableArray<Marginal> PairMarginals { get; }

    /// <summary>The k actually used (3, or fewer when there are fewer columns).</summary>
    public int K { get; }

    /// <summary>The number of k-way combinations of the columns.</summary>
    public int TotalMarginals { get; }

    /// <summary>The scored k-way marginals (20 bins).</summary>
    public ImmutableArray<Marginal> KMarginals { get; }

    /// <summary>The largest cell count of any marginal.</summary>
    public int MaxCells { get; }

    /// <summary>The largest column cardinality.</summary>
    public int MaxCardinality { get; }

    private static ImmutableArray<Marginal> Build(FidelityEncoding encoding, IReadOnlyList<int[]> sets, bool twentyBins, ParallelOptions? parallel)
    {
        var result = new Marginal[sets.Count];
        // Per-row cell indexes make a replicate's counts fastest, at 2–4 bytes per row per marginal; above the budget the
        // marginals read the shared byte codes instead (no per-row memory of their own, a third slower).
        var indexBytes = 4L * encoding.RowCounts.Sum(n => (long)n) * sets.Count;
        var bytes = indexBytes > IndexBudgetBytes ? new ByteCodes(encoding) : null;
        Parallel.For(0, sets.Count, parallel ?? new ParallelOptions(), i => result[i] = new Marginal(encoding, sets[i], twentyBins, bytes));
        return [.. result];
    }

    private static List<int[]> Combinations(int n, int k)
    {
        var result = new List<int[]>();
        var current = new int[k];
        void Recurse(int start, int depth)
        {
            if (depth == k)
            {
                result.Add((int[])current.Clone());
                return;
            }

            for (var i = start; i < n; i++)
            {
                current[depth] = i;
                Recurse(i + 1, depth + 1);
            }
        }

        Recurse(0, 0);
        return result;
    }
}
