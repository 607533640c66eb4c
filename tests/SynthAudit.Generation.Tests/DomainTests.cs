using System.Collections.Immutable;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Randomness;
using SynthAudit.Generation.Domain;

namespace SynthAudit.Generation.Tests;

public sealed class DomainTests
{
    private static readonly ImmutableArray<double> s_edges = [0, 10, 20, 30];

    [Theory]
    [InlineData(-5, 0, true)]
    [InlineData(0, 0, false)]
    [InlineData(9.999, 0, false)]
    [InlineData(10, 1, false)]
    [InlineData(29.9, 2, false)]
    [InlineData(30, 2, false)]
    [InlineData(31, 2, true)]
    public void Bin_EdgesAndBounds_UpperBoundInLastBinAndClipped(double value, int expected, bool clipped)
    {
        // Arrange / Act
        var bin = DomainEncoder.Bin(s_edges, value, out var wasClipped);

        // Assert
        Assert.Equal(expected, bin);
        Assert.Equal(clipped, wasClipped);
    }

    [Fact]
    public void UnBin_IntegerHalfEdges_ReturnsTheSingleIntegerOfEachBin()
    {
        // Arrange: one bin per integer 17..19 (edges at half-integers), as the drafter writes them.
        var spec = new DomainColumn { Name = "age", Kind = DomainColumnKind.Numeric, Edges = [16.5, 17.5, 18.5, 19.5], Integer = true };
        var random = new DeterministicRandom(1);

        // Act
        var values = Enumerable.Range(0, 3).Select(k => SyntheticDecoder.UnBin(spec, k, random)).ToArray();

        // Assert
        Assert.Equal([17.0, 18.0, 19.0], values);
    }

    [Fact]
    public void UnBin_IntegerWideBins_StaysInsideBinAndLastBinReachesUpper()
    {
        // Arrange
        var spec = new DomainColumn { Name = "x", Kind = DomainColumnKind.Numeric, Edges = [0, 10, 20], Integer = true };
        var random = new DeterministicRandom(2);

        // Act
        var first = Enumerable.Range(0, 2000).Select(_ => SyntheticDecoder.UnBin(spec, 0, random)).ToArray();
        var last = Enumerable.Range(0, 2000).Select(_ => SyntheticDecoder.UnBin(spec, 1, random)).ToArray();

        // Assert
        Assert.All(first, v => Assert.InRange(v, 0, 9));
        Assert.All(last, v => Assert.InRange(v, 10, 20));
        Assert.Contains(20.0, last);
        Assert.All(first.Concat(last), v => Assert.Equal(Math.Floor(v), v));
    }

    [Fact]
    public void DomainColumn_Levels_OtherThenMissing()
    {
        // Arrange
        var c = new DomainColumn { Name = "c", Kind = DomainColumnKind.Categorical, Categories = ["a", "b"], Other = true };

        // Act / Assert
        Assert.Equal(4, c.Size);
        Assert.Equal(2, c.OtherIndex);
        Assert.Equal(3, c.MissingIndex);
        Assert.Equal("(missing)", c.LevelLabel(3));
    }

    [Fact]
    public void DomainSpec_TooManyLevelsOrBadEdges_ConfigException()
    {
        // Arrange
        var huge = new DomainColumn { Name = "zip", Kind = DomainColumnKind.Categorical, Categories = [.. Enumerable.Range(0, 20_000).Select(i => i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))] };
        var unsorted = new DomainColumn { Name = "x", Kind = DomainColumnKind.Numeric, Edges = [0, 5, 3] };

        // Act / Assert
        Assert.Contains("levels", Assert.Throws<ConfigException>(() => new DomainSpec([huge])).Message, StringComparison.Ordinal);
        Assert.Throws<ConfigException>(() => new DomainSpec([unsorted]));
        Assert.Throws<ConfigException>(() => new DomainSpec([unsorted with { Edges = [0, 1] }, unsorted with { Edges = [0, 1] }]));
    }
}
