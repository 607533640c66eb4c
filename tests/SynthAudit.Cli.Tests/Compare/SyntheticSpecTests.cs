using SynthAudit.Auditing.Comparing;
using SynthAudit.Core.Errors;

namespace SynthAudit.Cli.Tests.Compare;

public sealed class SyntheticSpecTests
{
    [Fact]
    public void Parse_NameEqualsFile_SplitsAtFirstEquals()
    {
        // Act
        var spec = SyntheticSpec.Parse("mst-e1=data/run=1.csv");

        // Assert
        Assert.Equal(new SyntheticSpec("mst-e1", "data/run=1.csv"), spec);
    }

    [Theory]
    [InlineData("a.csv", "is not NAME=FILE")]
    [InlineData("=a.csv", "is not NAME=FILE")]
    [InlineData("a=", "is not NAME=FILE")]
    [InlineData("my set=a.csv", "may use only letters")]
    [InlineData("..=a.csv", "may use only letters")]
    public void Parse_Malformed_ThrowsConfigException(string value, string expected)
    {
        // Act
        var ex = Assert.Throws<ConfigException>(() => SyntheticSpec.Parse(value));

        // Assert
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Equal("--synthetic", ex.Key);
    }

    [Fact]
    public void ParseAll_DuplicateName_Throws()
    {
        // Act
        var ex = Assert.Throws<ConfigException>(() => SyntheticSpec.ParseAll(["a=x.csv", "A=y.csv"]));

        // Assert
        Assert.Contains("given twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseAll_OneSet_Throws()
    {
        // Act
        var ex = Assert.Throws<ConfigException>(() => SyntheticSpec.ParseAll(["a=x.csv"]));

        // Assert
        Assert.Contains("at least two", ex.Message, StringComparison.Ordinal);
    }
}
