using SynthAudit.Metrics.Fidelity.Encoding;

namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>Per-column weighted sums and midranks of one side, reused by every numeric pair when the column has no
/// missing value; optionally the deviations of each drawn row, so that a pair's cross products read two arrays.</summary>
/// <param name="cardinality">The column's number of distinct values.</param>
/// <param name="rows">Room for this many drawn rows of deviations (0: none kept).</param>
internal sealed class ColumnMoments(int cardinality, int rows)
{
    /// <summary>The midrank of each code present in the rows.</summary>
    public double[] Ranks { get; } = new double[Math.Max(1, cardinality)];

    /// <summary><c>value − Shift</c> of each drawn row (in <see cref="RowSet.Rows"/> order), when kept and complete.</summary>
    public double[]? Deviations { get; private set; }

    /// <summary><c>midrank − RankShift</c> of each drawn row, when kept and complete.</summary>
    public double[]? RankDeviations { get; private set; }

    /// <summary>Whether every drawn row has a value (and there is one).</summary>
    public bool Complete { get; private set; }

    /// <summary>Whether all values are equal.</summary>
    public bool Constant { get; private set; }

    /// <summary>The total multiplicity.</summary>
    public double Weight { get; private set; }

    /// <summary>The value subtracted before summing (the mid-range value, for accuracy).</summary>
    public double Shift { get; private set; }

    /// <summary>The rank subtracted before summing.</summary>
    public double RankShift { get; private set; }

    /// <summary>Σ w (x − Shift).</summary>
    public double Sum { get; private set; }

    /// <summary>Σ w (x − Shift)².</summary>
    public double SumSquares { get; private set; }

    /// <summary>Σ w (rank − RankShift).</summary>
    public double RankSum { get; private set; }

    /// <summary>Σ w (rank − RankShift)².</summary>
    public double RankSumSquares { get; private set; }

    private readonly double[]? _deviations = rows > 0 ? new double[rows] : null;
    private readonly double[]? _rankDeviations = rows > 0 ? new double[rows] : null;

    /// <summary>Computes the moments of <paramref name="rows"/> from <paramref name="hist"/>, their histogram over the
    /// codes (<paramref name="missing"/> rows without a value), which is left as it is.</summary>
    public void Compute(EncodedColumn column, int[] codes, RowSet rows, ReadOnlySpan<int> hist, long missing)
    {
        var min = hist.IndexOfAnyExcept(0);
        Complete = missing == 0 && min >= 0;
        Deviations = RankDeviations = null;
        if (!Complete)
        {
            return;
        }

        var max = hist.LastIndexOfAnyExcept(0);
        Constant = min == max;
        FidelityEvaluator.MidRanks(hist, min, max, Ranks);
        Weight = rows.Total;
        Shift = column.Distinct[(min + max) / 2];
        RankShift = (rows.Total + 1) / 2.0;
        var v = column.Distinct;
        var idx = rows.Rows;
        var w = rows.Weights;
        var keep = _deviations is not null && _rankDeviations is not null && rows.Count <= _deviations.Length;
        double sx = 0, sxx = 0, sr = 0, srr = 0;
        for (var k = 0; k < rows.Count; k++)
        {
            var code = codes[idx[k]];
            double wk = w[k], d = v[code] - Shift, q = Ranks[code] - RankShift;
            sx += wk * d;
            sxx += wk * d * d;
            sr += wk * q;
            srr += wk * q * q;
            if (keep)
            {
                _deviations![k] = d;
                _rankDeviations![k] = q;
            }
        }

        Sum = sx;
        SumSquares = sxx;
        RankSum = sr;
        RankSumSquares = srr;
        (Deviations, RankDeviations) = keep ? (_deviations, _rankDeviations) : (null, null);
    }
}
