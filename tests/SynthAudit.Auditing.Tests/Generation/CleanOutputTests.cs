using SynthAudit.Auditing.Generation;
using SynthAudit.Core.Csv;
using SynthAudit.Generation;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Privacy;
using SynthAudit.Testing;

namespace SynthAudit.Auditing.Tests.Generation;

/// <summary>At ε = 1 with the public code-book domains, generated data holds no category the real column lacks and no missing
/// value in a column without any (issue 14). German credit's domain lists codes nobody has (purpose A47, personal_status
/// A95) and allows (other) and missing everywhere.</summary>
public sealed class CleanOutputTests
{
    public static TheoryData<string, string, long> Runs => new()
    {
        { "adult", "mst", 1 },
        { "adult", "mst", 2 },
        { "adult", "aim", 1 },
        { "german-credit", "mst", 1 },
        { "german-credit", "mst", 2 },
        { "german-credit", "mst", 3 },
        { "german-credit", "aim", 1 },
        { "german-credit", "aim", 2 },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Generate_PublicDomainEpsilonOne_WritesOnlyValuesTheRealColumnsHave(string dataset, string method, long seed)
    {
        // Arrange
        var real = CsvTableReader.Read(Fixtures.Path(dataset, dataset == "adult" ? "train.csv" : "german.csv"));
        var domain = DomainFile.Read(Fixtures.Path(dataset, "domain.yml"));
        ISyntheticGenerator generator = method == "aim" ? new AimGenerator() : new MstGenerator();

        // Act
        var result = generator.Generate(real, domain, new GenerationOptions { Budget = new PrivacyBudget(1), Seed = seed },
            new SeededDpRandom(seed), CancellationToken.None);
        using var buffer = new MemoryStream();
        CsvTableWriter.Write(result.Synthetic, buffer);
        buffer.Position = 0;
        var synthetic = CsvTableReader.Read(buffer, "synthetic.csv");

        // Assert
        Assert.True(synthetic.RowCount > 0);
        foreach (var column in real.Columns)
        {
            var generated = synthetic.Find(column.Name)!;
            if (column.MissingCount == 0)
            {
                Assert.True(generated.MissingCount == 0, $"{dataset} {method} seed {seed}: '{column.Name}' gained {generated.MissingCount} missing value(s)");
            }

            if (!column.IsNumeric)
            {
                var known = column.Levels.ToHashSet(StringComparer.Ordinal);
                var foreign = generated.Levels.Where((level, code) => !known.Contains(level) && generated.Codes!.Contains(code)).ToList();
                Assert.True(foreign.Count == 0, $"{dataset} {method} seed {seed}: '{column.Name}' has value(s) the real column lacks: {string.Join(", ", foreign)}");
            }
        }
    }
}
