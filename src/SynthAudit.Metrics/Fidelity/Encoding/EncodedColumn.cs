using System.Collections.Immutable;

namespace SynthAudit.Metrics.Fidelity.Encoding;

/// <summary>One used column encoded once per audit as integer codes for real, synthetic and holdout rows.</summary>
/// <remarks>Numeric columns: <see cref="Codes"/> are ranks into <see cref="Distinct"/> (the sorted distinct non-missing values
/// of all tables, merged at 12 significant digits), so KS, W1 and coverage of any resample are a counting pass over ranks
/// plus a scan over distinct values. Categorical columns: <see cref="Codes"/> are the shared level codes. Missing is -1.
/// <see cref="Bins10"/> and <see cref="Bins20"/> are marginal codes (quantile bins from the real data for numerics, level
/// codes for categoricals) with missing as the last level.</remarks>
internal sealed class EncodedColumn
{
    public EncodedColumn(string name, bool isNumeric, int[]?[] codes, int cardinality, double[] distinct,
        ImmutableArray<string> levels, int[]?[] bins10, int bins10Cardinality, double[] edges10,
        int[]?[] bins20, int bins20Cardinality, double[] edges20)
    {
        Name = name;
        IsNumeric = isNumeric;
        Codes = codes;
        Cardinality = cardinality;
        Distinct = distinct;
        Levels = levels;
        Bins10 = bins10;
        Bins10Cardinality = bins10Cardinality;
        Edges10 = edges10;
        Bins20 = bins20;
        Bins20Cardinality = bins20Cardinality;
        Edges20 = edges20;
        RealMin = double.NaN;
        RealMax = double.NaN;
        if (isNumeric && codes[Sides.Real] is { } real)
        {
            int lo = int.MaxValue, hi = -1;
            foreach (var c in real)
            {
                if (c >= 0)
                {
                    lo = Math.Min(lo, c);
                    hi = Math.Max(hi, c);
                }
            }

            if (hi >= 0)
            {
                RealMin = distinct[lo];
                RealMax = distinct[hi];
                RealMinRank = lo;
                RealMaxRank = hi;
            }
        }
    }

    /// <summary>The column name.</summary>
    public string Name { get; }

    /// <summary>Whether the column is numeric (numeric or datetime).</summary>
    public bool IsNumeric { get; }

    /// <summary>Per side (real, synthetic, holdout): rank or level code per row, -1 when missing; null for an absent side.</summary>
    public int[]?[] Codes { get; }

    /// <summary>The number of distinct codes (distinct values or levels).</summary>
    public int Cardinality { get; }

    /// <summary>Sorted distinct values (numeric columns), indexed by rank.</summary>
    public double[] Distinct { get; }

    /// <summary>The level list (categorical columns).</summary>
    public ImmutableArray<string> Levels { get; }

    /// <summary>Per side: 10-bin marginal codes, missing = <see cref="Bins10Cardinality"/> − 1.</summary>
    public int[]?[] Bins10 { get; }

    /// <summary>The number of 10-bin marginal codes including the missing level.</summary>
    public int Bins10Cardinality { get; }

    /// <summary>The interior bin edges of the 10-bin coding (numerics).</summary>
    public double[] Edges10 { get; }

    /// <summary>Per side: 20-bin marginal codes, missing = <see cref="Bins20Cardinality"/> − 1.</summary>
    public int[]?[] Bins20 { get; }

    /// <summary>The number of 20-bin marginal codes including the missing level.</summary>
    public int Bins20Cardinality { get; }

    /// <summary>The interior bin edges of the 20-bin coding (numerics).</summary>
    public double[] Edges20 { get; }

    /// <summary>The smallest real value (NaN when the real column is empty or categorical).</summary>
    public double RealMin { get; }

    /// <summary>The largest real value (NaN when the real column is empty or categorical).</summary>
    public double RealMax { get; }

    /// <summary>The rank of <see cref="RealMin"/>.</summary>
    public int RealMinRank { get; }

    /// <summary>The rank of <see cref="RealMax"/>.</summary>
    public int RealMaxRank { get; }
}
