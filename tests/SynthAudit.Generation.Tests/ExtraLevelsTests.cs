using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Pgm;
using SynthAudit.Generation.Privacy;

namespace SynthAudit.Generation.Tests;

/// <summary>Levels a public domain allows without data ((other), missing) are not sampled when their noisy count is
/// indistinguishable from zero (issue 14).</summary>
public sealed class ExtraLevelsTests
{
    [Fact]
    public void Prune_ExtraBelowFourSigma_IsMappedToTheModeAndDropped_AboveIsKept()
    {
        // Arrange: levels F, M, (other), (missing); sd 10; (other) 35 < 40, (missing) 55 ≥ 40.
        var oneWay = new NoisyMarginal([0], [400, 900, 35, 55], 10);

        // Act
        var (measurement, map, groups) = ExtraLevels.Prune(oneWay, [2, 3]);

        // Assert
        Assert.Equal([400.0, 900, 55], measurement.Values);
        Assert.Equal([0, 1, 1, 2], map);
        Assert.Equal([[0], [1], [3]], groups!);
    }

    [Fact]
    public void Prune_NothingBelowThreshold_ReturnsTheMeasurementUnchanged()
    {
        // Arrange
        var oneWay = new NoisyMarginal([0], [400, 900, 80, 55], 10);

        // Act
        var (measurement, _, groups) = ExtraLevels.Prune(oneWay, [2, 3]);

        // Assert
        Assert.Same(oneWay, measurement);
        Assert.Null(groups);
    }

    [Theory]
    [InlineData("mst", 1.0)]
    [InlineData("mst", 10.0)]
    [InlineData("aim", 1.0)]
    public void Generate_PublicDomainWithOtherAndMissing_DataWithoutThem_WritesNeither(string method, double epsilon)
    {
        // Arrange: sex-like and income-like columns and an integer column, none with missing or unlisted values.
        var text = new System.Text.StringBuilder("sex,income,hours\n");
        for (var r = 0; r < 3000; r++)
        {
            text.Append(r % 3 == 0 ? "F" : "M").Append(',').Append(r % 4 == 0 ? ">50K" : "<=50K").Append(',').Append(20 + (r % 40)).Append('\n');
        }

        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        var real = CsvTableReader.Read(stream, "real.csv");
        var domain = new DomainSpec([
            new DomainColumn { Name = "sex", Kind = DomainColumnKind.Categorical, Categories = ["F", "M"], Other = true },
            new DomainColumn { Name = "income", Kind = DomainColumnKind.Categorical, Categories = ["<=50K", ">50K"], Other = true },
            new DomainColumn { Name = "hours", Kind = DomainColumnKind.Numeric, Edges = [0.5, 20.5, 40.5, 60.5, 99.5], Integer = true },
        ]);
        ISyntheticGenerator generator = method == "mst" ? new MstGenerator() : new AimGenerator(new AimSettings { RoundIterations = 30 });

        for (var seed = 1; seed <= 3; seed++)
        {
            // Act
            var result = generator.Generate(real, domain, new GenerationOptions { Budget = new PrivacyBudget(epsilon), Seed = seed, Iterations = 300 },
                new SeededDpRandom(seed), CancellationToken.None);

            // Assert
            foreach (var name in new[] { "sex", "income" })
            {
                var column = (CategoricalColumn)result.Synthetic.Columns.Single(c => c.Name == name);
                Assert.DoesNotContain(column.Codes, c => c == CategoricalColumn.MissingCode);
                Assert.DoesNotContain(column.Codes, c => c >= 0 && column.Levels[c] == SyntheticDecoder.OtherLabel);
            }

            var hours = (NumericColumn)result.Synthetic.Columns.Single(c => c.Name == "hours");
            Assert.DoesNotContain(hours.Values, double.IsNaN);
            Assert.Contains(result.Guarantee.Warnings, w => w.Contains("sex (other)/(missing)", StringComparison.Ordinal));
        }
    }
}
