using System.Collections.Immutable;
using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Bootstrap;
using SynthAudit.Metrics.Fidelity.Encoding;
using SynthAudit.Metrics.Fidelity.Statistics;

namespace SynthAudit.Metrics.Fidelity.Figures;

/// <summary>The heatmap of absolute association differences real versus synthetic over every pair of columns.</summary>
/// <remarks>Association: Pearson ρ for numeric pairs, bias-corrected Cramér's V for categorical pairs, correlation ratio η
/// for mixed pairs (docs/metrics.md 2.8), each on rows where both values are present. Undefined cells are 0.</remarks>
internal static class AssociationHeatmap
{
    /// <summary>The association difference matrix as a heatmap figure (series i = row i).</summary>
    public static FigureData Build(FidelityAnalysis analysis)
    {
        var columns = analysis.Encoding.Columns;
        var p = columns.Length;
        var matrix = new double[p, p];
        var numericIndex = new Dictionary<int, int>();
        for (var k = 0; k < analysis.Plan.NumericPairs.Length; k++)
        {
            numericIndex[analysis.Plan.NumericPairs[k]] = k;
        }

        var values = new Dictionary<(int Column, int Side), double[]>();
        for (var q = 0; q < analysis.Plan.Pairs.Length; q++)
        {
            var (a, b) = analysis.Plan.Pairs[q];
            double diff;
            if (numericIndex.TryGetValue(q, out var k))
            {
                diff = Math.Abs(analysis.Point.PearsonReal[k] - analysis.Point.PearsonOther[k]);
            }
            else
            {
                diff = Math.Abs(Association(columns, a, b, Sides.Real, values) - Association(columns, a, b, Sides.Synthetic, values));
            }

            matrix[a, b] = matrix[b, a] = double.IsFinite(diff) ? diff : 0;
        }

        var names = columns.Select(c => c.Name).ToImmutableArray();
        var series = Enumerable.Range(0, p)
            .Select(i => new FigureSeries(names[i], ImmutableArray<double>.Empty, [.. Enumerable.Range(0, p).Select(j => matrix[i, j])]))
            .ToImmutableArray();
        return new FigureData("fidelity.association_difference", "Absolute association difference, real vs synthetic",
            FigureKind.Heatmap, "column", "column", names, series);
    }

    /// <summary>The association of columns <paramref name="ia"/> and <paramref name="ib"/> on one side (Cramér's V or η);
    /// numeric values are materialised once per column and side in <paramref name="values"/>.</summary>
    private static double Association(IReadOnlyList<EncodedColumn> columns, int ia, int ib, int side, Dictionary<(int Column, int Side), double[]> values)
    {
        var x = columns[ia];
        var y = columns[ib];
        if (!x.IsNumeric && !y.IsNumeric)
        {
            var cx = x.Codes[side]!;
            var cy = y.Codes[side]!;
            var table = new double[x.Cardinality * y.Cardinality];
            for (var i = 0; i < cx.Length; i++)
            {
                if (cx[i] >= 0 && cy[i] >= 0)
                {
                    table[cx[i] * y.Cardinality + cy[i]]++;
                }
            }

            return AssociationMeasures.CramersV(table, x.Cardinality, y.Cardinality, biasCorrected: true);
        }

        var (numIndex, cat) = x.IsNumeric ? (ia, y) : (ib, x);
        if (cat.IsNumeric)
        {
            return double.NaN;
        }

        if (!values.TryGetValue((numIndex, side), out var v))
        {
            var num = columns[numIndex];
            var codes = num.Codes[side]!;
            v = new double[codes.Length];
            for (var i = 0; i < codes.Length; i++)
            {
                v[i] = codes[i] >= 0 ? num.Distinct[codes[i]] : double.NaN;
            }

            values[(numIndex, side)] = v;
        }

        return AssociationMeasures.CorrelationRatio(cat.Codes[side]!, v, cat.Cardinality);
    }
}
