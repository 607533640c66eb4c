using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Fairness;
using SynthAudit.Metrics.Utility;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Utility;

public sealed class PositiveClassRuleTests
{
    [Theory]
    [InlineData("yes", "no", 70, 30, 0, "favourable-looking label")]
    [InlineData("<=50K", ">50K", 75, 25, 1, "favourable-looking label")]
    [InlineData("a", "b", 70, 30, 1, "minority class of the real data")]
    [InlineData("a", "b", 50, 50, 1, "classes tied: ordinal-larger label")]
    public void Choose_Labels_PicksDocumentedClass(string a, string b, int countA, int countB, int expected, string rule)
    {
        // Arrange / Act
        var choice = PositiveClassRule.Choose(a, b, countA, countB);

        // Assert
        Assert.Equal(expected, choice.Positive);
        Assert.Equal(rule, choice.Rule);
    }

    [Fact]
    public void GetBinaryPredictions_FavourableMajorityLabel_AgreesWithFairnessTarget()
    {
        // Arrange: "yes" is the majority, so a minority-class rule would pick "no"; both families must pick "yes".
        var random = new DeterministicRandom(3);
        var n = 400;
        var x = new double[n];
        var y = new string?[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = random.NextDouble();
            y[i] = x[i] + 0.3 * random.NextGaussian() > 0.3 ? "yes" : "no";
        }

        var real = new TableBuilder("real").Numeric("x", x).Categorical("approved", ["yes", "no"], y).Build();
        var schema = new TableSchema([new ColumnSchema("x", Core.Data.ColumnKind.Numeric, Core.Data.ColumnRole.Feature),
            new ColumnSchema("approved", Core.Data.ColumnKind.Categorical, Core.Data.ColumnRole.Target)]);
        var input = new AuditInput(real, real, null, schema);

        // Act
        var predictions = UtilityModelCache.GetBinaryPredictions(input, new MetricContext(new SeedSource(0), 10), CancellationToken.None);
        var fairness = BinaryTarget.TryCreate(real, "approved", out _);

        // Assert
        Assert.NotNull(predictions);
        Assert.Equal("yes", predictions.PositiveClass);
        Assert.Equal("yes", fairness!.Positive);
    }
}
