using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Fidelity.Bootstrap;
using SynthAudit.Metrics.Fidelity.Encoding;
using SynthAudit.Metrics.Fidelity.Statistics;
using SynthAudit.Testing;
using static SynthAudit.Metrics.Tests.Fidelity.FidelityTestData;

namespace SynthAudit.Metrics.Tests.Fidelity;

/// <summary>Exact values of the building blocks: quantile bins, marginals, association measures (docs/metrics.md 1.4, 2.8, 2.9).</summary>
public sealed class FidelityComponentTests
{
    [Fact]
    public void QuantileBinning_OneToTen_FourBins()
    {
        // Arrange
        var values = Enumerable.Range(1, 10).Select(i => (double)i).ToArray();

        // Act
        var edges = QuantileBinning.Edges(values, 4);
        var counts = new int[edges.Length + 1];
        foreach (var v in values)
        {
            counts[QuantileBinning.BinOf(edges, v)]++;
        }

        // Assert
        Assert.Equal([3.25, 5.5, 7.75], edges);
        Assert.Equal([3, 2, 2, 3], counts);
    }

    [Fact]
    public void Encoding_NumericBins_FromRealQuantiles()
    {
        // Arrange: real 1..10 has 10 distinct values, so 10 bins = distinct values; 20 bins likewise
        var real = new TableBuilder().Numeric("x", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).Build();
        var synthetic = new TableBuilder().Numeric("x", 0.5, 11, double.NaN).Build();

        // Act
        var column = FidelityEncoding.Build(Input(real, synthetic)).Columns[0];

        // Assert: 0.5 falls in the first bin, 11 above the last edge, NaN in the missing level
        Assert.Equal(12, column.Bins10Cardinality);
        Assert.Equal([0, 10, 11], column.Bins10[Sides.Synthetic]!);
    }

    [Theory]
    [InlineData(2, 2.0 / 3, 666.6666666666667)]
    [InlineData(1, 1 - 0.25 / 3, 916.6666666666667)]
    public void Marginal_NistExample_MatchesScore(int k, double expectedScore, double expectedNist)
    {
        // Arrange: docs/metrics.md 2.9 (k = 2: TVD 0.25, 0.25, 0.5; k = 1: 0.25, 0, 0)
        var (real, synthetic) = FidelityWorkedExampleTests.KMarginalTables();
        var encoding = FidelityEncoding.Build(Input(real, synthetic));
        var sets = k == 2 ? new[] { new[] { 0, 1 }, [0, 2], [1, 2] } : [[0], [1], [2]];
        var table = new int[64];

        // Act
        var tvds = sets.Select(s => new Marginal(encoding, s, twentyBins: true).Tvd(Sides.Real, RowSet.All(4), Sides.Synthetic, RowSet.All(4), table)).ToArray();
        var score = 1 - tvds.Average();

        // Assert
        Tolerance.Equal(expectedScore, score);
        Tolerance.Equal(expectedNist, 1000 * score, 1e-9);
    }

    [Fact]
    public void CramersV_Examples_PlainAndCorrected()
    {
        // Arrange
        double[] weak = [10, 20, 30, 40];
        double[] strong = [20, 5, 5, 20];

        // Act and assert
        Tolerance.Equal(0.0890870806374748, AssociationMeasures.CramersV(weak, 2, 2, biasCorrected: false));
        Tolerance.Equal(0, AssociationMeasures.CramersV(weak, 2, 2, biasCorrected: true));
        Tolerance.Equal(0.6, AssociationMeasures.CramersV(strong, 2, 2, biasCorrected: false));
        Tolerance.Equal(0.5887840577551897, AssociationMeasures.CramersV(strong, 2, 2, biasCorrected: true));
    }

    [Fact]
    public void CorrelationRatio_Example()
    {
        // Act
        var eta = AssociationMeasures.CorrelationRatio([0, 0, 1, 1, 1], [1, 2, 4, 5, 6], 2);

        // Assert
        Tolerance.Equal(0.924473451641905, eta);
    }

    [Fact]
    public void Plan_ManyColumns_SamplesTwoHundredTriplesDeterministically()
    {
        // Arrange: 12 columns -> 220 triples > 200
        var builder = new TableBuilder();
        for (var c = 0; c < 12; c++)
        {
            builder.Numeric("c" + c, 1, 2, 3);
        }

        var table = builder.Build();
        var encoding = FidelityEncoding.Build(Input(table, table));

        // Act
        var first = new FidelityPlan(encoding, new DeterministicRandom(7));
        var second = new FidelityPlan(encoding, new DeterministicRandom(7));

        // Assert
        Assert.Equal(220, first.TotalMarginals);
        Assert.Equal(200, first.KMarginals.Length);
        Assert.Equal(first.KMarginals.Select(m => string.Join(",", m.Columns)), second.KMarginals.Select(m => string.Join(",", m.Columns)));
        Assert.Equal(200, first.KMarginals.Select(m => string.Join(",", m.Columns)).Distinct().Count());
    }
}
