using SynthAudit.Metrics.Fairness;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Fairness;

public sealed class ProtectedGroupsTests
{
    [Fact]
    public void Build_AgeColumn_UsesAgeBands()
    {
        // Arrange
        var real = new TableBuilder().Numeric("age", 18, 24.9, 25, 34, 35, 50, 60, 64.5, 65, 90, double.NaN).Build();

        // Act
        var attribute = ProtectedAttribute.Create(real, "age");
        var codes = attribute.Encode(real);

        // Assert
        Assert.Equal(["<25", "25-34", "35-44", "45-54", "55-64", "65+", "unknown"], attribute.Labels.ToArray());
        Assert.Equal([0, 0, 1, 1, 2, 3, 4, 4, 5, 5, 6], codes);
    }

    [Fact]
    public void Build_OtherNumericColumn_UsesRealQuartiles()
    {
        // Arrange: docs/metrics.md 8 row 2, 1..10 -> edges 3.25, 5.5, 7.75, counts 3, 2, 2, 3.
        var real = new TableBuilder().Numeric("income", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).Build();

        // Act
        var attribute = ProtectedAttribute.Create(real, "income");
        var counts = attribute.Encode(real).GroupBy(c => c).OrderBy(g => g.Key).Select(g => g.Count()).ToArray();

        // Assert
        Assert.Equal(["<=3.25", "(3.25, 5.5]", "(5.5, 7.75]", ">7.75", "unknown"], attribute.Labels.ToArray());
        Assert.Equal([3, 2, 2, 3], counts);
        Assert.Contains("3.25, 5.5, 7.75", attribute.Binning, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NameContainingAgeInsideAWord_IsNotAnAge()
    {
        // Arrange: "percentage" is not an age.
        var real = new TableBuilder().Numeric("percentage", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).Build();

        // Act
        var attribute = ProtectedAttribute.Create(real, "percentage");

        // Assert
        Assert.StartsWith("real-data quartile", attribute.Binning, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MissingProtectedValues_FormAnUnknownGroup()
    {
        // Arrange: 40 rows with a missing group.
        var values = Enumerable.Repeat<string?>("A", 60).Concat(Enumerable.Repeat<string?>(null, 40)).ToArray();
        var real = new TableBuilder().Categorical("g", values).Build();

        // Act
        var groups = ProtectedGroups.Build(real, real, ["g"], FairnessOptions.Default);

        // Assert
        Assert.Equal(["g=A", "g=unknown"], groups.Groupings[0].Labels.ToArray());
    }

    [Fact]
    public void Build_SmallIntersections_ArePooledIntoOther()
    {
        // Arrange: sex x race where (M, Y) has 10 real rows.
        var sex = Enumerable.Repeat<string?>("F", 100).Concat(Enumerable.Repeat<string?>("M", 100)).ToArray();
        var race = Enumerable.Repeat<string?>("X", 100).Concat(Enumerable.Repeat<string?>("X", 90)).Concat(Enumerable.Repeat<string?>("Y", 10)).ToArray();
        var real = new TableBuilder().Categorical("sex", sex).Categorical("race", race).Build();

        // Act
        var groups = ProtectedGroups.Build(real, real, ["sex", "race"], FairnessOptions.Default);

        // Assert
        Assert.Equal(3, groups.Groupings.Length);
        var intersection = groups.Groupings[2];
        Assert.Equal("sex x race", intersection.Name);
        Assert.Equal(["sex=F, race=X", "sex=M, race=X", "(other)"], intersection.Labels.ToArray());
        var pooled = Assert.Single(intersection.Pooled);
        Assert.Equal(new PooledGroup("sex=M, race=Y", 10, 10), pooled);
        Assert.Equal(["race=X", "(other)"], groups.Groupings[1].Labels.ToArray());
    }
}
