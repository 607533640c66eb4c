using SynthAudit.Core.Csv;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Privacy;
using SynthAudit.Testing;

namespace SynthAudit.Generation.Tests;

public sealed class MstGeneratorTests
{
    [Fact]
    public void Generate_AdultSmoke_WritesRowsAndLedgerSumsToRho()
    {
        // Arrange
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var domain = DomainDrafter.Draft(real);
        var options = new GenerationOptions { Budget = new PrivacyBudget(1.0), Seed = 1 };

        // Act
        var result = new MstGenerator().Generate(real, domain, options, new SeededDpRandom(1), CancellationToken.None);

        // Assert
        Assert.InRange(result.Synthetic.RowCount, 20000, 26000);
        Assert.Equal(options.Budget.Rho, result.Guarantee.Ledger.Sum(e => e.Rho), 1e-12);
    }
}
