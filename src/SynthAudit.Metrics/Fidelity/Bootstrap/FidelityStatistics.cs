namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>Every per-column, per-pair and per-marginal fidelity statistic of one comparison (point estimate or one replicate).</summary>
/// <remarks>Undefined entries are NaN (constant or empty columns); aggregates skip them.</remarks>
internal sealed class FidelityStatistics
{
    /// <summary>Allocates the arrays for <paramref name="columns"/> columns, <paramref name="pairs"/> pairs,
    /// <paramref name="numericPairs"/> numeric pairs and <paramref name="marginals"/> k-way marginals.</summary>
    public FidelityStatistics(int columns, int pairs, int numericPairs, int marginals)
    {
        Ks = new double[columns];
        Tvd = new double[columns];
        W1 = new double[columns];
        W1Normalized = new double[columns];
        MissingSimilarity = new double[columns];
        Coverage = new double[columns];
        Adherence = new double[columns];
        PearsonReal = new double[numericPairs];
        PearsonOther = new double[numericPairs];
        SpearmanReal = new double[numericPairs];
        SpearmanOther = new double[numericPairs];
        Contingency = new double[pairs];
        MarginalTvd = new double[marginals];
    }

    /// <summary>KS statistic D per column (numeric columns; NaN otherwise).</summary>
    public double[] Ks { get; }

    /// <summary>Total variation distance per column (categorical columns; NaN otherwise).</summary>
    public double[] Tvd { get; }

    /// <summary>Raw Wasserstein-1 distance per numeric column, in data units.</summary>
    public double[] W1 { get; }

    /// <summary>W1 divided by the real range, clamped to 1.</summary>
    public double[] W1Normalized { get; }

    /// <summary>1 − |missing share real − missing share other| per column.</summary>
    public double[] MissingSimilarity { get; }

    /// <summary>Range coverage (numeric) or category coverage (categorical) per column.</summary>
    public double[] Coverage { get; }

    /// <summary>Boundary adherence (numeric) or category adherence (categorical) per column.</summary>
    public double[] Adherence { get; }

    /// <summary>Pearson correlation on the real side, per numeric pair.</summary>
    public double[] PearsonReal { get; }

    /// <summary>Pearson correlation on the compared side, per numeric pair.</summary>
    public double[] PearsonOther { get; }

    /// <summary>Spearman correlation on the real side, per numeric pair.</summary>
    public double[] SpearmanReal { get; }

    /// <summary>Spearman correlation on the compared side, per numeric pair.</summary>
    public double[] SpearmanOther { get; }

    /// <summary>Contingency similarity (1 − TVD of the 10-bin two-way table, missing as a level) per pair.</summary>
    public double[] Contingency { get; }

    /// <summary>TVD of each scored k-way marginal (20 bins).</summary>
    public double[] MarginalTvd { get; }

    /// <summary>KS complement of column <paramref name="c"/>, or TV complement for categoricals.</summary>
    public double Shape(int c) => double.IsNaN(Ks[c]) ? 1 - Tvd[c] : 1 - Ks[c];

    /// <summary>Pearson correlation similarity of numeric pair <paramref name="k"/>.</summary>
    public double PearsonSimilarity(int k) => 1 - Math.Abs(PearsonReal[k] - PearsonOther[k]) / 2;

    /// <summary>Spearman correlation similarity of numeric pair <paramref name="k"/>.</summary>
    public double SpearmanSimilarity(int k) => 1 - Math.Abs(SpearmanReal[k] - SpearmanOther[k]) / 2;
}
