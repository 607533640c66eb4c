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
    private readonly double[] _table;

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
        _table = new double[Math.Max(1, plan.MaxCells)];
    }

    /// <summary>All statistics of the real rows <paramref name="real"/> against rows <paramref name="other"/> of <paramref name="otherSide"/>.</summary>
    public FidelityStatistics Evaluate(RowSet real, int otherSide, RowSet other)
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

        for (var k = 0; k < _plan.NumericPairs.Length; k++)
        {
            var (a, b) = _plan.Pairs[_plan.NumericPairs[k]];
            (stats.PearsonReal[k], stats.SpearmanReal[k]) = Correlations(columns[a], columns[b], Sides.Real, real);
            (stats.PearsonOther[k], stats.SpearmanOther[k]) = Correlations(columns[a], columns[b], otherSide, other);
        }

        for (var p = 0; p < _plan.PairMarginals.Length; p++)
        {
            stats.Contingency[p] = 1 - _plan.PairMarginals[p].Tvd(Sides.Real, real, otherSide, other, _table);
        }

        for (var m = 0; m < _plan.KMarginals.Length; m++)
        {
            stats.MarginalTvd[m] = _plan.KMarginals[m].Tvd(Sides.Real, real, otherSide, other, _table);
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

    private static double MissingSimilarity(long missR, long totalR, long missO, long totalO) =>
        totalR == 0 || totalO == 0 ? double.NaN : 1 - Math.Abs((double)missR / totalR - (double)missO / totalO);

    private void Numeric(int c, EncodedColumn col, RowSet real, int otherSide, RowSet other, FidelityStatistics st)
    {
        var card = col.Cardinality;
        var hR = _histA.AsSpan(0, card);
        var hO = _histB.AsSpan(0, card);
        var missR = Fill(col.Codes[Sides.Real]!, real, hR);
        var missO = Fill(col.Codes[otherSide]!, other, hO);
        st.MissingSimilarity[c] = MissingSimilarity(missR, real.Total, missO, other.Total);
        st.Tvd[c] = double.NaN;
        var nR = real.Total - missR;
        var nO = other.Total - missO;
        st.Ks[c] = st.W1[c] = st.W1Normalized[c] = st.Coverage[c] = st.Adherence[c] = double.NaN;
        if (nR > 0 && nO > 0)
        {
            var v = col.Distinct;
            long cR = 0, cO = 0;
            double d = 0, w1 = 0;
            int minR = -1, maxR = -1, minO = -1, maxO = -1;
            for (var i = 0; i < card; i++)
            {
                if (hR[i] > 0)
                {
                    minR = minR < 0 ? i : minR;
                    maxR = i;
                }

                if (hO[i] > 0)
                {
                    minO = minO < 0 ? i : minO;
                    maxO = i;
                }

                cR += hR[i];
                cO += hO[i];
                var diff = Math.Abs((double)cR / nR - (double)cO / nO);
                d = Math.Max(d, diff);
                if (i + 1 < card)
                {
                    w1 += diff * (v[i + 1] - v[i]);
                }
            }

            st.Ks[c] = d;
            st.W1[c] = w1;
            var range = col.RealMax - col.RealMin;
            st.W1Normalized[c] = range > 0 ? Math.Min(1, w1 / range) : double.NaN;
            var rangeR = v[maxR] - v[minR];
            if (rangeR > 0)
            {
                var below = Math.Max(0, (v[minO] - v[minR]) / rangeR);
                var above = Math.Max(0, (v[maxR] - v[maxO]) / rangeR);
                st.Coverage[c] = Math.Max(0, 1 - (below + above));
            }

            long inside = 0;
            for (var i = minR; i <= maxR; i++)
            {
                inside += hO[i];
            }

            st.Adherence[c] = (double)inside / nO;
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
        st.MissingSimilarity[c] = MissingSimilarity(missR, real.Total, missO, other.Total);
        st.Ks[c] = st.W1[c] = st.W1Normalized[c] = double.NaN;
        var nR = real.Total - missR;
        var nO = other.Total - missO;
        st.Tvd[c] = st.Coverage[c] = st.Adherence[c] = double.NaN;
        if (nR > 0)
        {
            int realCats = 0, covered = 0;
            long adherent = 0;
            double sum = 0;
            for (var i = 0; i < card; i++)
            {
                if (hR[i] > 0)
                {
                    realCats++;
                    adherent += hO[i];
                    if (hO[i] > 0)
                    {
                        covered++;
                    }
                }

                if (nO > 0)
                {
                    sum += Math.Abs((double)hR[i] / nR - (double)hO[i] / nO);
                }
            }

            st.Coverage[c] = (double)covered / realCats;
            if (nO > 0)
            {
                st.Tvd[c] = Math.Min(1, sum / 2);
                st.Adherence[c] = (double)adherent / nO;
            }
        }

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

        return (Correlation(sw, sx, sy, sxx, syy, sxy), Correlation(sw, rx, ry, rxx, ryy, rxy));
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

    private static double Correlation(double n, double sx, double sy, double sxx, double syy, double sxy)
    {
        var cxx = sxx - sx * sx / n;
        var cyy = syy - sy * sy / n;
        var cxy = sxy - sx * sy / n;
        if (cxx <= 0 || cyy <= 0)
        {
            return double.NaN;
        }

        return Math.Clamp(cxy / Math.Sqrt(cxx * cyy), -1, 1);
    }
}
