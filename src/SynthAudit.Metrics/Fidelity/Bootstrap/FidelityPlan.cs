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

    /// <summary>The most column pairs scored by the pair metrics; beyond this a seeded sample without replacement is used.</summary>
    public const int MaxPairs = 2_000;

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
        TotalPairs = (long)p * (p - 1) / 2;
        if (TotalPairs <= MaxPairs)
        {
            for (var i = 0; i < p; i++)
            {
                for (var j = i + 1; j < p; j++)
                {
                    pairs.Add((i, j));
                }
            }
        }
        else
        {
            // Wide tables: a seeded sample of the C² pairs, stated by the pair metrics (1,000 columns have 499,500 pairs).
            pairs.AddRange(SampleCombinations(p, 2, TotalPairs, MaxPairs, random).Select(c => (c[0], c[1])));
        }

        Pairs = [.. pairs];
        NumericPairs = [.. Enumerable.Range(0, pairs.Count).Where(k => encoding.Columns[pairs[k].A].IsNumeric && encoding.Columns[pairs[k].B].IsNumeric)];
        PairMarginals = Build(encoding, pairs.Select(x => new[] { x.A, x.B }).ToList(), twentyBins: false, parallel);
        K = Math.Min(DefaultK, p);
        var total = K == 0 ? 0 : Binomial(p, K);
        TotalMarginals = total;
        var chosen = total <= MaxMarginals ? Combinations(p, K) : SampleCombinations(p, K, total, MaxMarginals, random);

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
    public long TotalMarginals { get; }

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

    /// <summary>All column pairs there are (more than <see cref="Pairs"/> when they were sampled).</summary>
    public long TotalPairs { get; }

    /// <summary>n choose k.</summary>
    private static long Binomial(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }

        long result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }

    /// <summary>A seeded sample of <paramref name="count"/> of the <paramref name="total"/> k-subsets of n columns, in
    /// lexicographic order. Equal to indexing the full lexicographic list with sorted
    /// <c>SampleWithoutReplacement(total, count)</c>, without building that list (C(1000, 3) = 166 million subsets).</summary>
    private static List<int[]> SampleCombinations(int n, int k, long total, int count, DeterministicRandom random)
    {
        if (total <= int.MaxValue)
        {
            var picks = random.SampleWithoutReplacement((int)total, count);
            Array.Sort(picks);
            return [.. picks.Select(r => Unrank(n, k, r))];
        }

        // Beyond int range: distinct random subsets, sorted lexicographically.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<int[]>(count);
        while (result.Count < count)
        {
            var subset = random.SampleWithoutReplacement(n, k);
            Array.Sort(subset);
            if (seen.Add(string.Join(",", subset)))
            {
                result.Add(subset);
            }
        }

        result.Sort((x, y) =>
        {
            for (var i = 0; i < x.Length; i++)
            {
                var c = x[i].CompareTo(y[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        });
        return result;
    }

    /// <summary>The k-subset of lexicographic rank <paramref name="rank"/> among the k-subsets of 0..n−1.</summary>
    private static int[] Unrank(int n, int k, long rank)
    {
        var result = new int[k];
        var next = 0;
        for (var position = 0; position < k; position++)
        {
            for (var c = next; c < n; c++)
            {
                var after = Binomial(n - c - 1, k - position - 1);
                if (rank < after)
                {
                    result[position] = c;
                    next = c + 1;
                    break;
                }

                rank -= after;
            }
        }

        return result;
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
