namespace SynthAudit.Core.Marginals;

/// <summary>The counts the marginal-based fidelity metrics need, computed where the data lives.</summary>
/// <remarks>Every marginal-based fidelity value (KS, TV, Wasserstein, coverage and adherence, missing similarity,
/// correlation similarity, contingency similarity, the k-marginal score) is a function of these statistics: one-way
/// histograms on distinct values, per-group counts, 2- and 3-way contingency tables on fixed bin edges, and the
/// co-moment sums of numeric pairs. The in-process engine computes them on loaded tables; an SQL engine pushes them down
/// as <c>GROUP BY</c> queries (docs/scale.md). The formulas that turn counts into metric values live in one place in
/// SynthAudit.Metrics, so every engine gives the same values.</remarks>
public interface IMarginalStatistics
{
    /// <summary>The engine name as recorded in audit.json (<c>inprocess</c>, <c>duckdb</c>).</summary>
    string Engine { get; }

    /// <summary>Whether the engine holds rows of <paramref name="side"/>.</summary>
    bool Has(MarginalSide side);

    /// <summary>The rows of <paramref name="side"/>.</summary>
    long RowCount(MarginalSide side);

    /// <summary>The histogram of numeric column <paramref name="column"/> on its distinct values.</summary>
    ValueCounts Values(MarginalSide side, string column);

    /// <summary>The rows per level of categorical column <paramref name="column"/>.</summary>
    CategoryCounts Categories(MarginalSide side, string column);

    /// <summary>The contingency tables of several column sets on one side (one scan where the engine can).</summary>
    /// <param name="side">The table.</param>
    /// <param name="sets">The column sets, each of 1 to 3 members.</param>
    /// <returns>One table per set, in order.</returns>
    IReadOnlyList<CellCounts> Cells(MarginalSide side, IReadOnlyList<IReadOnlyList<MarginalColumn>> sets);

    /// <summary>The Pearson and Spearman sums of numeric columns <paramref name="x"/> and <paramref name="y"/>.</summary>
    PairMoments Moments(MarginalSide side, string x, string y);
}
