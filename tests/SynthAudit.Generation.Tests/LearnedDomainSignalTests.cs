using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Errors;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Privacy;
using SynthAudit.Testing;

namespace SynthAudit.Generation.Tests;

/// <summary>A domain learned with budget that leaves a column without signal is refused before any row is generated, so
/// generate never writes a constant or all-"(other)" column that was not constant in the data.</summary>
public sealed class LearnedDomainSignalTests
{
    [Fact]
    public void Generate_GermanCredit700RowsEpsilon1NoDomain_RefusesWithOneLineSayingWhatToDo()
    {
        // Arrange: the 700-row German credit split of issue 12 (month, credit_amount and age came out as 0 in every row).
        var real = GermanCredit(700);
        var options = new GenerationOptions { Budget = new PrivacyBudget(1.0), Seed = 1 };

        // Act
        var error = Assert.Throws<InputException>(() => new MstGenerator().Generate(real, null, options, new SeededDpRandom(1), CancellationToken.None));

        // Assert
        Assert.Equal(ExitCodes.BadInput, error.ExitCode);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("without signal", error.Message, StringComparison.Ordinal);
        Assert.Contains("'month'", error.Message, StringComparison.Ordinal);
        Assert.Contains("--domain", error.Message, StringComparison.Ordinal);
        Assert.Contains("--epsilon", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("700", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mst", 1)]
    [InlineData("aim", 2)]
    public void Generate_LearnedDomainAccepted_NoNumericColumnIsConstantUnlessTheRealOneIs(string method, long seed)
    {
        // Arrange: the whole German credit file at epsilon 10 has enough signal for a learned domain.
        var real = GermanCredit(1000);
        var options = new GenerationOptions { Budget = new PrivacyBudget(10.0), Seed = seed, Iterations = 300 };
        ISyntheticGenerator generator = method == "mst" ? new MstGenerator() : new AimGenerator(new AimSettings { RoundIterations = 30 });

        // Act
        GenerationResult result;
        try
        {
            result = generator.Generate(real, null, options, new SeededDpRandom(seed), CancellationToken.None);
        }
        catch (InputException ex) when (ex.Message.Contains("without signal", StringComparison.Ordinal))
        {
            return; // Refusing is the other allowed outcome.
        }

        // Assert
        foreach (var column in result.Synthetic.Columns.OfType<NumericColumn>())
        {
            var values = column.Values.Where(v => !double.IsNaN(v)).Distinct().Count();
            Assert.True(values > 1, "column '" + column.Name + "' is constant");
        }
    }

    [Fact]
    public void WithoutSignal_FlagsPlaceholdersSingleValuesAndEmptyCategoryLists_ButNotPublicOrRealRanges()
    {
        // Arrange
        var grid = DomainLearner.Grid(integer: true);
        var silent = DomainLearner.Edges("silent", grid, new double[grid.Length - 1], sigma: 10, integer: true);
        var pointOnly = new double[grid.Length - 1];
        pointOnly[Array.IndexOf(grid, 0.0)] = 5000;
        var single = DomainLearner.Edges("single", grid, pointOnly, sigma: 10, integer: true);
        var spread = new double[grid.Length - 1];
        for (var v = 20; v < 60; v++)
        {
            spread[Array.IndexOf(grid, (double)v)] = 200;
        }

        var ranged = DomainLearner.Edges("ranged", grid, spread, sigma: 10, integer: true);
        var noCategories = new DomainColumn { Name = "cat", Kind = DomainColumnKind.Categorical, Other = true, Source = "learned" };
        var publicSingle = new DomainColumn { Name = "pub", Kind = DomainColumnKind.Numeric, Edges = [-0.5, 0.5], Integer = true };
        var domain = new DomainSpec([silent, single, ranged, noCategories, publicSingle]);

        // Act
        var problems = DomainLearner.WithoutSignal(domain);

        // Assert
        Assert.Equal(3, problems.Count);
        Assert.StartsWith("'silent' (no value range", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("'single' (the learned range holds one value", problems[1], StringComparison.Ordinal);
        Assert.StartsWith("'cat' (no category", problems[2], StringComparison.Ordinal);
    }

    private static CsvFile GermanCredit(int rows)
    {
        var lines = File.ReadLines(Fixtures.Path("german-credit", "german.csv")).Take(rows + 1);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        return CsvTableReader.Read(stream, "german.csv");
    }
}
