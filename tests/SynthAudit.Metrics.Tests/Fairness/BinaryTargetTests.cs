using SynthAudit.Metrics.Fairness;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fairness;

public sealed class BinaryTargetTests
{
    [Fact]
    public void TryCreate_AdultIncome_ChoosesGreaterThan50K()
    {
        // Arrange
        var real = new TableBuilder().Categorical("income", "<=50K", ">50K", "<=50K").Build();

        // Act
        var target = BinaryTarget.TryCreate(real, "income", out _);

        // Assert
        Assert.Equal(">50K", target!.Positive);
        Assert.Equal([0, 1, 0], target.Encode(real).Select(v => (int)v).ToArray());
    }

    [Fact]
    public void TryCreate_NeutralLabels_ChoosesTheMinority()
    {
        // Arrange
        var real = new TableBuilder().Categorical("c", "red", "blue", "red", null).Build();

        // Act
        var target = BinaryTarget.TryCreate(real, "c", out _);

        // Assert
        Assert.Equal("blue", target!.Positive);
        Assert.Equal("minority class of the real data", target.Rule);
        Assert.Equal(-1, target.Encode(real)[3]);
    }

    [Fact]
    public void TryCreate_FavourableMajority_StillChoosesTheFavourableLabel()
    {
        // Arrange: "good" is the majority but looks favourable.
        var real = new TableBuilder().Categorical("credit", "good", "good", "bad").Build();

        // Act
        var target = BinaryTarget.TryCreate(real, "credit", out _);

        // Assert
        Assert.Equal("good", target!.Positive);
    }

    [Fact]
    public void TryCreate_NumericZeroOne_ChoosesOne()
    {
        // Arrange
        var real = new TableBuilder().Numeric("y", 1, 1, 1, 0).Build();

        // Act
        var target = BinaryTarget.TryCreate(real, "y", out _);

        // Assert
        Assert.Equal("1", target!.Positive);
    }

    [Fact]
    public void TryCreate_ThreeClasses_ReturnsNullWithReason()
    {
        // Arrange
        var real = new TableBuilder().Categorical("c", "a", "b", "c").Build();

        // Act
        var target = BinaryTarget.TryCreate(real, "c", out var reason);

        // Assert
        Assert.Null(target);
        Assert.Contains("not binary", reason, StringComparison.Ordinal);
    }
}
