using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Privacy;
using SynthAudit.Testing;

namespace SynthAudit.Generation.Tests;

/// <summary>A domain learned with budget stays near the data: pure-noise grid cells must not stretch the bounds to ±10^12.</summary>
public sealed class LearnedDomainBoundsTests
{
    [Fact]
    public void Generate_AdultLearnedDomain_NumericValuesStayNearTheRealRange()
    {
        // Arrange: the CLI run of the QA report (generate --epsilon 1 --seed 1, no --domain).
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var options = new GenerationOptions { Budget = new PrivacyBudget(1.0), Seed = 1 };

        // Act
        var result = new MstGenerator().Generate(real, null, options, new SeededDpRandom(1), CancellationToken.None);

        // Assert: real ranges are age 17-90, capital-loss 0-4356, hours 1-99; a grid cell at most doubles a bound.
        (string Column, double Low, double High)[] limits = [("age", 0, 256), ("capital-loss", 0, 8192), ("hours-per-week", 0, 256)];
        foreach (var (column, low, high) in limits)
        {
            var edges = result.Domain.Columns.Single(c => c.Name == column).Edges;
            // Integer columns use half-integer edges (v - 0.5), so an edge may sit half a unit outside the values.
            Assert.InRange(edges[0], low - 0.5, high + 0.5);
            Assert.InRange(edges[^1], low - 0.5, high + 0.5);
            var values = ((NumericColumn)result.Synthetic.Columns.Single(c => c.Name == column)).Values.Where(v => !double.IsNaN(v));
            Assert.All(values, v => Assert.InRange(v, low, high));
        }
    }

    [Fact]
    public void Generate_AdultLearnedDomain_KeepsThePointMassAtZero()
    {
        // Arrange: 92 % of the real capital-gain values are 0.
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var options = new GenerationOptions { Budget = new PrivacyBudget(1.0), Seed = 1 };

        // Act
        var result = new MstGenerator().Generate(real, null, options, new SeededDpRandom(1), CancellationToken.None);

        // Assert
        var values = ((NumericColumn)result.Synthetic.Columns.Single(c => c.Name == "capital-gain")).Values.Where(v => !double.IsNaN(v)).ToArray();
        Assert.InRange(values.Count(v => v == 0) / (double)values.Length, 0.85, 0.97);
    }
}
