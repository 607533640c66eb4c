using SynthAudit.Metrics.Fidelity.Encoding;

namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>Computes every fidelity statistic of real versus another side from integer codes and row multiplicities.</summary>
/// <remarks>Holds scratch buffers, so one instance serves one thread. The point estimate is the evaluation with every
/// multiplicity 1; a bootstrap replicate is the same evaluation with resampled multiplicities, so point and replicates
/// share one code path and a replicate never re-parses or re-sorts data.</remarks>
internal sealed class FidelityEvaluator
{
    private readonly FidelityEncoding _encoding;
    private readonly FidelityPlan _plan;
    private readonly int[] _histA;
    private readonly int[] _histB;
    private readonly double[] _rankA;
    private readonly double[] _rankB;
    private readonly int[] _table;
    private readonly ColumnMoments?[][] _moments;

    /// <summary>Creates an evaluator with scratch buffers sized for the plan.</summary>
    public FidelityEvaluator(FidelityEncoding encoding, FidelityPlan plan)
    {
        _encoding = encoding;
        _plan = plan;
        var card = Math.Max(1, plan.MaxCardinality);
        _histA = new int[card];
        _histB = new int[card];
        _rankA = new double[card];
        _rankB = new double[card];
        _table = new int[Math.Max(2, 2 * plan.MaxCells)];
        _moments = new ColumnMoments?[2][];
        for (var s = 0; s < 2; s++)
        {
            _moments[s] = encoding.Columns.Select(c => c.IsNumeric ? new ColumnMoments(c.Cardinality) : null).ToArray();
        }
    }

    /// <summary>All statistics of the real rows <paramref name="real"/> against rows <paramref name="other"/> of <paramref name="otherSide"/>.</summary>
    public FidelityStatistics Evaluate(RowSet real, int otherSide, RowSet other)
    {
        var stats = EvaluateColumns(real, otherSide, other);
        EvaluateMarginals(real, otherSide, other, stats);
        return stats;
    }

    /// <summary>The contingency similarities and k-marginal TVDs of <paramref name="real"/> against <paramref name="other"/>,
    /// written into <paramref name="stats"/>.</summary>
    public void EvaluateMarginals(RowSet real, int otherSide, RowSet other, FidelityStatistics stats)
    {
        for (var p = 0; p < _plan.PairMarginals.Length; p++)
        {
            stats.Contingency[p] = 1 - _plan.PairMarginals[p].Tvd(Sides.Real, real, otherSide, other, _table);
        }

        for (var m = 0; m < _plan.KMarginals.Length; m++)
        {
            stats.MarginalTvd[m] = _plan.KMarginals[m].Tvd(Sides.Real, real, otherSide, other, _table);
        }
    }

    /// <summary>The per-column and numeric-pair statistics: everything but the marginal entries, which the caller fills
    /// (<see cref="EvaluateMarginals"/>, or <see cref="LaneReplicates"/> for a block of replicates).</summary>
    public FidelityStatistics EvaluateColumns(RowSet real, int otherSide, RowSet other)
    {
        var columns = _encoding.Columns;
        var stats = new FidelityStatistics(columns.Length, _plan.Pairs.Length, _plan.NumericPairs.Length, _plan.KMarginals.Length);
        for (var c = 0; c < columns.Length; c++)
        {
            if (columns[c].IsNumeric)
            {
                Numeric(c, columns[c], real, otherSide, other, stats);
            }
            else
            {
                Categorical(c, columns[c], real, otherSide, other, stats);
            }
        }

        if (!_plan.NumericPairs.IsEmpty)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                if (columns[c].IsNumeric)
                {
                    _moments[0][c]!.Compute(columns[c], columns[c].Codes[Sides.Real]!, real, _histA);
                    _moments[1][c]!.Compute(columns[c], columns[c].Codes[otherSide]!, other, _histA);
                }
            }
        }

        for (var k = 0; k < _plan.NumericPairs.Length; k++)
        {
            var (a, b) = _plan.Pairs[_plan.NumericPairs[k]];
            (stats.PearsonReal[k], stats.SpearmanReal[k]) = _moments[0][a]!.Complete && _moments[0][b]!.Complete
                ? CompleteCorrelations(columns[a], columns[b], _moments[0][a]!, _moments[0][b]!, Sides.Real, real)
                : Correlations(columns[a], columns[b], Sides.Real, real);
            (stats.PearsonOther[k], stats.SpearmanOther[k]) = _moments[1][a]!.Complete && _moments[1][b]!.Complete
                ? CompleteCorrelations(columns[a], columns[b], _moments[1][a]!, _moments[1][b]!, otherSide, other)
                : Correlations(columns[a], columns[b], otherSide, other);
        }

        return stats;
    }

    private static long Fill(int[] codes, RowSet rows, Span<int> hist)
    {
        long missing = 0;
        var idx = rows.Rows;
        var w = rows.Weights;
        for (var k = 0; k < rows.Count; k++)
        {
            var code = codes[idx[k]];
            if (code >= 0)
            {
                hist[code] += w[k];
            }
            else
            {
                missing += w[k];
            }
        }

        return missing;
    }

    private void Numeric(int c, EncodedColumn col, RowSet real, int otherSide, RowSet other, FidelityStatistics st)
    {
        var card = col.Cardinality;
        var hR = _histA.AsSpan(0, card);
        var hO = _histB.AsSpan(0, card);
        var missR = Fill(col.Codes[Sides.Real]!, real, hR);
        var missO = Fill(col.Codes[otherSide]!, other, hO);
        ColumnFormulas.Numeric<int>(hR, hO, missR, real.Total, missO, other.Total, col.Distinct, col.RealMax - col.RealMin, st, c);
        hR.Clear();
        hO.Clear();
    }

    private void Categorical(int c, EncodedColumn col, RowSet real, int otherSide, RowSet other, FidelityStatistics st)
    {
        var card = col.Cardinality;
        var hR = _histA.AsSpan(0, card);
        var hO = _histB.AsSpan(0, card);
        var missR = Fill(col.Codes[Sides.Real]!, real, hR);
        var missO = Fill(col.Codes[otherSide]!, other, hO);
        ColumnFormulas.Categorical<int>(hR, hO, missR, real.Total, missO, other.Total, st, c);
        hR.Clear();
        hO.Clear();
    }

    private (double Pearson, double Spearman) Correlations(EncodedColumn x, EncodedColumn y, int side, RowSet rows)
    {
        var cx = x.Codes[side]!;
        var cy = y.Codes[side]!;
        var hx = _histA.AsSpan(0, x.Cardinality);
        var hy = _histB.AsSpan(0, y.Cardinality);
        var idx = rows.Rows;
        var w = rows.Weights;
        long sw = 0;
        int minX = int.MaxValue, maxX = -1, minY = int.MaxValue, maxY = -1;
        for (var k = 0; k < rows.Count; k++)
        {
            var r = idx[k];
            int a = cx[r], b = cy[r];
            if (a < 0 || b < 0)
            {
                continue;
            }

            hx[a] += w[k];
            hy[b] += w[k];
            sw += w[k];
            minX = Math.Min(minX, a);
            maxX = Math.Max(maxX, a);
            minY = Math.Min(minY, b);
            maxY = Math.Max(maxY, b);
        }

        if (sw < 2 || minX == maxX || minY == maxY)
        {
            hx.Clear();
            hy.Clear();
            return (double.NaN, double.NaN);
        }

        MidRanks(hx, minX, maxX, _rankA);
        MidRanks(hy, minY, maxY, _rankB);
        hx.Clear();
        hy.Clear();
        var vx = x.Distinct;
        var vy = y.Distinct;
        double shiftX = vx[(minX + maxX) / 2], shiftY = vy[(minY + maxY) / 2], shiftRank = (sw + 1) / 2.0;
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        double rx = 0, ry = 0, rxx = 0, ryy = 0, rxy = 0;
        for (var k = 0; k < rows.Count; k++)
        {
            var r = idx[k];
            int a = cx[r], b = cy[r];
            if (a < 0 || b < 0)
            {
                continue;
            }

            double wk = w[k], dx = vx[a] - shiftX, dy = vy[b] - shiftY, qx = _rankA[a] - shiftRank, qy = _rankB[b] - shiftRank;
            sx += wk * dx;
            sy += wk * dy;
            sxx += wk * dx * dx;
            syy += wk * dy * dy;
            sxy += wk * dx * dy;
            rx += wk * qx;
            ry += wk * qy;
            rxx += wk * qx * qx;
            ryy += wk * qy * qy;
            rxy += wk * qx * qy;
        }

        return (ColumnFormulas.Correlation(sw, sx, sy, sxx, syy, sxy), ColumnFormulas.Correlation(sw, rx, ry, rxx, ryy, rxy));
    }

    /// <summary>Pearson and Spearman of two columns without missing values, from their precomputed moments: one pass of cross products.</summary>
    private static (double Pearson, double Spearman) CompleteCorrelations(EncodedColumn x, EncodedColumn y, ColumnMoments mx, ColumnMoments my, int side, RowSet rows)
    {
        if (mx.Constant || my.Constant || mx.Weight < 2)
        {
            return (double.NaN, double.NaN);
        }

        var cx = x.Codes[side]!;
        var cy = y.Codes[side]!;
        var vx = x.Distinct;
        var vy = y.Distinct;
        var qx = mx.Ranks;
        var qy = my.Ranks;
        var idx = rows.Rows;
        var w = rows.Weights;
        double sxy = 0, rxy = 0;
        double shiftX = mx.Shift, shiftY = my.Shift, shiftRank = mx.RankShift;
        for (var k = 0; k < rows.Count; k++)
        {
            var r = idx[k];
            int a = cx[r], b = cy[r];
            double wk = w[k];
            sxy += wk * (vx[a] - shiftX) * (vy[b] - shiftY);
            rxy += wk * (qx[a] - shiftRank) * (qy[b] - shiftRank);
        }

        var n = mx.Weight;
        return (ColumnFormulas.Correlation(n, mx.Sum, my.Sum, mx.SumSquares, my.SumSquares, sxy),
            ColumnFormulas.Correlation(n, mx.RankSum, my.RankSum, mx.RankSumSquares, my.RankSumSquares, rxy));
    }

    private static void MidRanks(ReadOnlySpan<int> hist, int from, int to, double[] ranks)
    {
        long below = 0;
        for (var i = from; i <= to; i++)
        {
            if (hist[i] > 0)
            {
                ranks[i] = below + (hist[i] + 1) / 2.0;
                below += hist[i];
            }
        }
    }

    /// <summary>Per-column weighted sums and midranks of one side, reused by every numeric pair when the column has no missing value.</summary>
    private sealed class ColumnMoments(int cardinality)
    {
        public double[] Ranks { get; } = new double[Math.Max(1, cardinality)];

        public bool Complete { get; private set; }

        public bool Constant { get; private set; }

        public double Weight { get; private set; }

        public double Shift { get; private set; }

        public double RankShift { get; private set; }

        public double Sum { get; private set; }

        public double SumSquares { get; private set; }

        public double RankSum { get; private set; }

        public double RankSumSquares { get; private set; }

        public void Compute(EncodedColumn column, int[] codes, RowSet rows, int[] histScratch)
        {
            var hist = histScratch.AsSpan(0, column.Cardinality);
            var idx = rows.Rows;
            var w = rows.Weights;
            int min = int.MaxValue, max = -1;
            Complete = true;
            for (var k = 0; k < rows.Count; k++)
            {
                var code = codes[idx[k]];
                if (code < 0)
                {
                    Complete = false;
                    break;
                }

                hist[code] += w[k];
                min = Math.Min(min, code);
                max = Math.Max(max, code);
            }

            if (!Complete || max < 0)
            {
                Complete = Complete && max >= 0;
                hist.Clear();
                return;
            }

            Constant = min == max;
            MidRanks(hist, min, max, Ranks);
            hist.Clear();
            Weight = rows.Total;
            Shift = column.Distinct[(min + max) / 2];
            RankShift = (rows.Total + 1) / 2.0;
            var v = column.Distinct;
            double sx = 0, sxx = 0, sr = 0, srr = 0;
            for (var k = 0; k < rows.Count; k++)
            {
                var code = codes[idx[k]];
                double wk = w[k], d = v[code] - Shift, q = Ranks[code] - RankShift;
                sx += wk * d;
                sxx += wk * d * d;
                sr += wk * q;
                srr += wk * q * q;
            }

            Sum = sx;
            SumSquares = sxx;
            RankSum = sr;
            RankSumSquares = srr;
        }
    }
}
