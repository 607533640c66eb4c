using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Provenance;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Privacy;

namespace SynthAudit.Generation.Tests;

public sealed class GeneratorTests
{
    private static readonly Lazy<CsvFile> s_small = new(() =>
    {
        // 800 rows, 4 columns with a strong a-b dependence and an integer column.
        var text = new System.Text.StringBuilder("a,b,n,c\n");
        for (var r = 0; r < 800; r++)
        {
            var a = r % 3 == 0 ? "x" : "y";
            var b = a == "x" ? "p" : (r % 5 == 0 ? "p" : "q");
            text.Append(a).Append(',').Append(b).Append(',').Append((r * 7) % 40).Append(',').Append(r % 7 == 0 ? string.Empty : "k").Append('\n');
        }

        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        return CsvTableReader.Read(stream, "small.csv");
    });

    [Fact]
    public void Mst_Ledger_HasTheDesignsChargesAndSumsToRho()
    {
        // Arrange
        var file = s_small.Value;
        var budget = new PrivacyBudget(1.0);

        // Act
        var result = Run(new MstGenerator(), file, budget, 1);

        // Assert: one 1-way charge, d − 1 = 3 EM steps, one 2-way charge; each third is ρ/3.
        var ledger = result.Guarantee.Ledger;
        Assert.Equal(5, ledger.Length);
        Assert.Equal(budget.Rho / 3, ledger[0].Rho, 1e-12 * budget.Rho);
        Assert.Equal(budget.Rho / 3, ledger.Where(e => e.Mechanism == "exponential").Sum(e => e.Rho), 1e-12 * budget.Rho);
        Assert.Equal(budget.Rho / 3, ledger[^1].Rho, 1e-12 * budget.Rho);
        Assert.True(Math.Abs(ledger.Sum(e => e.Rho) - budget.Rho) <= 1e-12 * budget.Rho);
        Assert.Equal(4 + 3, result.Guarantee.Measurements.Length);
    }

    [Fact]
    public void Mst_SameSeed_IdenticalOutputs_DifferentSeed_Differs()
    {
        // Arrange
        var file = s_small.Value;
        var budget = new PrivacyBudget(2.0);

        // Act
        var a = Serialize(Run(new MstGenerator(), file, budget, 11));
        var b = Serialize(Run(new MstGenerator(), file, budget, 11));
        var c = Serialize(Run(new MstGenerator(), file, budget, 12));

        // Assert
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Mst_Output_KeepsTypesIntegersAndMissing()
    {
        // Arrange / Act
        var result = Run(new MstGenerator(), s_small.Value, new PrivacyBudget(5.0), 3);

        // Assert
        var n = Assert.IsType<NumericColumn>(result.Synthetic["n"]);
        Assert.All(n.Values.Where(v => !double.IsNaN(v)), v => Assert.Equal(Math.Floor(v), v));
        Assert.IsType<CategoricalColumn>(result.Synthetic["a"]);
        Assert.InRange(result.Synthetic.RowCount, 700, 900);
        Assert.InRange(result.Synthetic["c"].CountMissing(), 40, 200);
    }

    [Fact]
    public void Aim_Ledger_EveryRoundChargedAndSumIsRho()
    {
        // Arrange
        var budget = new PrivacyBudget(1.0);

        // Act
        var result = Run(new AimGenerator(), s_small.Value, budget, 4);

        // Assert
        var ledger = result.Guarantee.Ledger;
        Assert.StartsWith("AIM 1-way", ledger[0].Purpose, StringComparison.Ordinal);
        Assert.Equal(ledger.Count(e => e.Purpose.EndsWith("selection", StringComparison.Ordinal)),
            ledger.Count(e => e.Purpose.EndsWith("measurement", StringComparison.Ordinal)));
        Assert.True(Math.Abs(ledger.Sum(e => e.Rho) - budget.Rho) <= 1e-12 * budget.Rho);
    }

    [Fact]
    public void LearnedDomain_ChargesShareAndReleasesOnlyFrequentCategories()
    {
        // Arrange: at epsilon 1 the 40-value integer column of 800 rows has no cell that stands out of the noise, so the
        // learned domain would be refused (LearnedDomainSignalTests); epsilon 8 gives every column signal.
        var budget = new PrivacyBudget(8.0);

        // Act
        var result = new MstGenerator().Generate(s_small.Value, null, new GenerationOptions { Budget = budget, Seed = 1 }, new SeededDpRandom(1), CancellationToken.None);

        // Assert
        Assert.Equal("learned", result.Guarantee.DomainSource);
        var rho = CksConversion.Rho(8.0, budget.Delta / 2);
        var domainCharges = result.Guarantee.Ledger.Where(e => e.Purpose.StartsWith("domain:", StringComparison.Ordinal)).Sum(e => e.Rho);
        Assert.Equal(DomainLearner.Share * rho, domainCharges, 1e-12 * rho);
        Assert.True(Math.Abs(result.Guarantee.Ledger.Sum(e => e.Rho) - rho) <= 1e-12 * rho);
        Assert.Contains("y", result.Domain.Columns[0].Categories);
    }

    private static GenerationResult Run(ISyntheticGenerator generator, CsvFile file, PrivacyBudget budget, long seed) =>
        generator.Generate(file, DomainDrafter.Draft(file), new GenerationOptions { Budget = budget, Seed = seed, Iterations = 500 },
            new SeededDpRandom(seed), CancellationToken.None);

    private static byte[] Serialize(GenerationResult result)
    {
        using var stream = new MemoryStream();
        CsvTableWriter.Write(result.Synthetic, stream);
        DpGuaranteeJson.Write(result.Guarantee, stream);
        return stream.ToArray();
    }
}
