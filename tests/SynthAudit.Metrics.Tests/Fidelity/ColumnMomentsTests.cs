using SynthAudit.Core.Metrics;
using SynthAudit.Metrics.Fidelity.Bootstrap;
using SynthAudit.Metrics.Fidelity.Encoding;
using Xunit;
using static SynthAudit.Metrics.Tests.Fidelity.FidelityTestData;

namespace SynthAudit.Metrics.Tests.Fidelity;

/// <summary>The numeric-pair correlations of a replicate: moments taken from the column histograms and cross products
/// over stored per-row deviations equal the row-by-row gathering loop bit for bit, and a plain weighted formula.</summary>
public sealed class ColumnMomentsTests
{
    [Fact]
    public void Evaluate_StoredDeviations_BitIdenticalToGatheringLoop()
    {
        // Arrange
        var (encoding, plan, context) = Setup();
        var stored = new FidelityEvaluator(encoding, plan);
        var gathered = new FidelityEvaluator(encoding, plan, deviationBudgetBytes: 0);

        for (var b = 0; b < 6; b++)
        {
            var (real, synthetic) = Replicate(encoding, context, b);

            // Act
            var x = stored.Evaluate(real, Sides.Synthetic, synthetic);
            var y = gathered.Evaluate(real, Sides.Synthetic, synthetic);

            // Assert
            Assert.NotEmpty(x.PearsonReal);
            Assert.Equal(Bits(y.PearsonReal), Bits(x.PearsonReal));
            Assert.Equal(Bits(y.PearsonOther), Bits(x.PearsonOther));
            Assert.Equal(Bits(y.SpearmanReal), Bits(x.SpearmanReal));
            Assert.Equal(Bits(y.SpearmanOther), Bits(x.SpearmanOther));
        }
    }

    [Fact]
    public void Evaluate_Replicate_MatchesPlainWeightedCorrelations()
    {
        // Arrange
        var (encoding, plan, context) = Setup();
        var evaluator = new FidelityEvaluator(encoding, plan);
        var (real, synthetic) = Replicate(encoding, context, 3);

        // Act
        var stats = evaluator.Evaluate(real, Sides.Synthetic, synthetic);

        // Assert: every numeric pair without missing values, both sides
        for (var k = 0; k < plan.NumericPairs.Length; k++)
        {
            var (a, b) = plan.Pairs[plan.NumericPairs[k]];
            var (pearson, spearman) = Reference(encoding.Columns[a], encoding.Columns[b], Sides.Real, real.Multiplicity);
            Assert.Equal(pearson, stats.PearsonReal[k], 1e-10);
            Assert.Equal(spearman, stats.SpearmanReal[k], 1e-10);
            (pearson, spearman) = Reference(encoding.Columns[a], encoding.Columns[b], Sides.Synthetic, synthetic.Multiplicity);
            Assert.Equal(pearson, stats.PearsonOther[k], 1e-10);
            Assert.Equal(spearman, stats.SpearmanOther[k], 1e-10);
        }
    }

    private static (FidelityEncoding, FidelityPlan, MetricContext) Setup()
    {
        var (train, holdout, schema) = Adult(1200);
        var encoding = FidelityEncoding.Build(new AuditInput(train, holdout, null, schema));
        var context = Context();
        return (encoding, new FidelityPlan(encoding, context.RandomFor(MetricIds.KMarginal, "marginals")), context);
    }

    private static (RowSet Real, RowSet Synthetic) Replicate(FidelityEncoding encoding, MetricContext context, int b)
    {
        int nR = encoding.RowCounts[Sides.Real], nS = encoding.RowCounts[Sides.Synthetic];
        var (cr, cs) = (new int[nR], new int[nS]);
        FidelityAnalysis.DrawCounts(context, b, cr, cs);
        var (real, synthetic) = (new RowSet(nR), new RowSet(nS));
        real.SetFromCounts(cr);
        synthetic.SetFromCounts(cs);
        return (real, synthetic);
    }

    /// <summary>Weighted Pearson of the values and of their midranks, straight from the definitions.</summary>
    private static (double Pearson, double Spearman) Reference(EncodedColumn x, EncodedColumn y, int side, int[] weights)
    {
        var cx = x.Codes[side]!;
        var cy = y.Codes[side]!;
        var rx = MidRanks(cx, weights, x.Cardinality);
        var ry = MidRanks(cy, weights, y.Cardinality);
        return (Pearson(i => x.Distinct[cx[i]], i => y.Distinct[cy[i]], weights), Pearson(i => rx[cx[i]], i => ry[cy[i]], weights));
    }

    private static double[] MidRanks(int[] codes, int[] weights, int cardinality)
    {
        var count = new long[cardinality];
        for (var i = 0; i < codes.Length; i++)
        {
            count[codes[i]] += weights[i];
        }

        var ranks = new double[cardinality];
        long below = 0;
        for (var c = 0; c < cardinality; c++)
        {
            ranks[c] = below + (count[c] + 1) / 2.0;
            below += count[c];
        }

        return ranks;
    }

    private static double Pearson(Func<int, double> x, Func<int, double> y, int[] w)
    {
        double n = 0, mx = 0, my = 0;
        for (var i = 0; i < w.Length; i++)
        {
            n += w[i];
            mx += w[i] * x(i);
            my += w[i] * y(i);
        }

        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < w.Length; i++)
        {
            sxy += w[i] * (x(i) - mx) * (y(i) - my);
            sxx += w[i] * (x(i) - mx) * (x(i) - mx);
            syy += w[i] * (y(i) - my) * (y(i) - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    private static long[] Bits(double[] values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];
}
