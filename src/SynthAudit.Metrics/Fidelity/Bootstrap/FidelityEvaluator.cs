using SynthAudit.Metrics.Fidelity.Encoding;

namespace SynthAudit.Metrics.Fidelity.Bootstrap;

/// <summary>Computes every fidelity statistic of real versus another side from integer codes and row multiplicities.</summary>
/// <remarks>Holds scratch buffers, so one instance serves one thread. The point estimate is the evaluation with every
/// multiplicity 1; a bootstrap replicate is the same evaluation with resampled multiplicities, so point and replicates
/// share one code path and a replicate never re-parses or re-sorts data.</remarks>
internal sealed class FidelityEvaluator
{
    /// <summary>The most memory per side that the per-row deviations of the numeric columns may take by default.</summary>
    public const long DeviationBudgetBytes = 32L << 20;

    /// <summary>Columns with fewer codes than this are counted into interleaved partial histograms.</summary>
    private const int FillLaneCodes = 256;

    private readonly int[] _fillLanes = new int[4 * FillLaneCodes];
    private readonly FidelityEncoding _encoding;
    private readonly FidelityPlan _plan;
    private readonly int[] _histA;
    private readonly int[] _histB;
    private readonly double[] _rankA;
    private readonly double[] _rankB;
    private readonly int[] _table;
    private readonly ColumnMoments?[][] _moments;

    /// <summary>Creates an evaluator with scratch buffers sized for the plan.</summary>
    /// <param name="encoding">The encoding.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="deviationBudgetBytes">The memory the per-row deviations of the numeric columns may take (beyond it,
    /// pair cross products gather codes, values and ranks row by row; the values are the same).</param>
    public FidelityEvaluator(FidelityEncoding encoding, FidelityPlan plan, long deviationBudgetBytes = DeviationBudgetBytes)
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
        // Per-row deviations let every numeric pair read contiguous arrays instead of gathering codes, values and ranks;
        // they are kept while they fit the budget (2 doubles per row per numeric column and side).
        var numeric = encoding.Columns.Count(c => c.IsNumeric);
        var keep = 16L * numeric * Math.Max(encoding.RowCounts.Max(), 1) <= deviationBudgetBytes;
        for (var s = 0; s < 2; s++)
        {
            _moments[s] = encoding.Columns.Select(c => c.IsNumeric ? new ColumnMoments(c.Cardinality, keep ? encoding.RowCounts.Max() : 0) : null).ToArray();
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

        PairCorrelations(Sides.Real, real, _moments[0], stats.PearsonReal, stats.SpearmanReal);
        PairCorrelations(otherSide, other, _moments[1], stats.PearsonOther, stats.SpearmanOther);
        return stats;
    }

    /// <summary>The histogram of the codes of <paramref name="rows"/>; returns the multiplicity of rows without a value.</summary>
    /// <remarks>Columns with few codes count into four interleaved partial histograms (missing as one more code), so an
    /// increment rarely waits for the previous one to the same cell; the integer sums are the same.</remarks>
    private long Fill(int[] codes, RowSet rows, Span<int> hist)
    {
        var idx = rows.Rows;
        var w = rows.Weights;
        var card = hist.Length;
        if (card < FillLaneCodes)
        {
            const int L = FillLaneCodes;
            var lanes = _fillLanes;
            var last = (uint)card;
            var k = 0;
            for (; k + 4 <= rows.Count; k += 4)
            {
                lanes[Math.Min((uint)codes[idx[k]], last)] += w[k];
                lanes[L + Math.Min((uint)codes[idx[k + 1]], last)] += w[k + 1];
                lanes[(2 * L) + Math.Min((uint)codes[idx[k + 2]], last)] += w[k + 2];
                lanes[(3 * L) + Math.Min((uint)codes[idx[k + 3]], last)] += w[k + 3];
            }

            for (; k < rows.Count; k++)
            {
                lanes[Math.Min((uint)codes[idx[k]], last)] += w[k];
            }

            for (var c = 0; c < card; c++)
            {
                hist[c] = lanes[c] + lanes[L + c] + lanes[(2 * L) + c] + lanes[(3 * L) + c];
            }

            long missed = lanes[card] + lanes[L + card] + lanes[(2 * L) + card] + lanes[(3 * L) + card];
            for (var j = 0; j < 4; j++)
            {
                lanes.AsSpan(j * L, card + 1).Clear();
            }

            return missed;
        }

        long missing = 0;
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
        if (!_plan.NumericPairs.IsEmpty)
        {
            // The moments of the numeric pairs start from the same histograms.
            _moments[0][c]!.Compute(col, col.Codes[Sides.Real]!, real, hR, missR);
            _moments[1][c]!.Compute(col, col.Codes[otherSide]!, other, hO, missO);
        }

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

        var w = rows.Weights;
        double sxy = 0, rxy = 0;
        if (mx.Deviations is { } dx && my.Deviations is { } dy && mx.RankDeviations is { } ex && my.RankDeviations is { } ey)
        {
            // The same products in the same order as the loop below, from the deviations stored per drawn row.
            for (var k = 0; k < rows.Count; k++)
            {
                double wk = w[k];
                sxy += wk * dx[k] * dy[k];
                rxy += wk * ex[k] * ey[k];
            }
        }
        else
        {
            (sxy, rxy) = CrossProducts(x, y, mx, my, side, rows);
        }

        return Finish(mx, my, sxy, rxy);
    }

    private static (double Pearson, double Spearman) Finish(ColumnMoments mx, ColumnMoments my, double sxy, double rxy)
    {
        var n = mx.Weight;
        return (ColumnFormulas.Correlation(n, mx.Sum, my.Sum, mx.SumSquares, my.SumSquares, sxy),
            ColumnFormulas.Correlation(n, mx.RankSum, my.RankSum, mx.RankSumSquares, my.RankSumSquares, rxy));
    }

    /// <summary>Pearson and Spearman of every numeric pair on one side. Pairs of complete, non-constant columns with stored
    /// deviations go two to a pass (four independent sums, each in row order, so the values are those of one pair a pass).</summary>
    private void PairCorrelations(int side, RowSet rows, ColumnMoments?[] moments, double[] pearson, double[] spearman)
    {
        var columns = _encoding.Columns;
        var held = -1;
        for (var k = 0; k < _plan.NumericPairs.Length; k++)
        {
            var (a, b) = _plan.Pairs[_plan.NumericPairs[k]];
            var (ma, mb) = (moments[a]!, moments[b]!);
            var stored = ma.Complete && mb.Complete && !ma.Constant && !mb.Constant && ma.Weight >= 2
                && ma.Deviations is not null && mb.Deviations is not null;
            if (!ma.Complete || !mb.Complete)
            {
                (pearson[k], spearman[k]) = Correlations(columns[a], columns[b], side, rows);
            }
            else if (!stored)
            {
                (pearson[k], spearman[k]) = CompleteCorrelations(columns[a], columns[b], ma, mb, side, rows);
            }
            else if (held < 0)
            {
                held = k;
            }
            else
            {
                TwoPairs(held, k, rows, moments, pearson, spearman);
                held = -1;
            }
        }

        if (held >= 0)
        {
            var (a, b) = _plan.Pairs[_plan.NumericPairs[held]];
            (pearson[held], spearman[held]) = CompleteCorrelations(columns[a], columns[b], moments[a]!, moments[b]!, side, rows);
        }
    }

    private void TwoPairs(int p, int q, RowSet rows, ColumnMoments?[] moments, double[] pearson, double[] spearman)
    {
        var (a1, b1) = _plan.Pairs[_plan.NumericPairs[p]];
        var (a2, b2) = _plan.Pairs[_plan.NumericPairs[q]];
        ColumnMoments x1 = moments[a1]!, y1 = moments[b1]!, x2 = moments[a2]!, y2 = moments[b2]!;
        double[] dx1 = x1.Deviations!, dy1 = y1.Deviations!, ex1 = x1.RankDeviations!, ey1 = y1.RankDeviations!;
        double[] dx2 = x2.Deviations!, dy2 = y2.Deviations!, ex2 = x2.RankDeviations!, ey2 = y2.RankDeviations!;
        var w = rows.Weights;
        double s1 = 0, r1 = 0, s2 = 0, r2 = 0;
        for (var k = 0; k < rows.Count; k++)
        {
            double wk = w[k];
            s1 += wk * dx1[k] * dy1[k];
            r1 += wk * ex1[k] * ey1[k];
            s2 += wk * dx2[k] * dy2[k];
            r2 += wk * ex2[k] * ey2[k];
        }

        (pearson[p], spearman[p]) = Finish(x1, y1, s1, r1);
        (pearson[q], spearman[q]) = Finish(x2, y2, s2, r2);
    }

    private static (double Sxy, double Rxy) CrossProducts(EncodedColumn x, EncodedColumn y, ColumnMoments mx, ColumnMoments my, int side, RowSet rows)
    {
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

        return (sxy, rxy);
    }

    /// <summary>Midranks of the codes <paramref name="from"/>..<paramref name="to"/> with a positive count.</summary>
    internal static void MidRanks(ReadOnlySpan<int> hist, int from, int to, double[] ranks)
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
}
