using System.Globalization;
using System.Text;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Randomness;

namespace SynthAudit.Core.Tests.Csv;

public sealed class Utf8NumberTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("007")]
    [InlineData("5.")]
    [InlineData(".5")]
    [InlineData("+3.25")]
    [InlineData("0.1")]
    [InlineData("0.3")]
    [InlineData("9007199254740991")]
    [InlineData("9007199254740993")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("0.0000000000000000000000001")]
    [InlineData("1e5")]
    [InlineData("-2.5E-3")]
    [InlineData(" 4 ")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("4.9e-324")]
    public void TryParse_Edge_SameBitsAsFramework(string text)
    {
        // Arrange
        var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

        // Act
        var ok = Utf8Number.TryParse(Encoding.UTF8.GetBytes(text), out var actual);

        // Assert
        Assert.True(ok);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("abc")]
    [InlineData("0x10")]
    [InlineData("1_000")]
    public void TryParse_NotANumber_False(string text)
    {
        // Arrange / Act
        var ok = Utf8Number.TryParse(Encoding.UTF8.GetBytes(text), out _);

        // Assert
        Assert.False(ok);
    }

    [Fact]
    public void TryParse_RandomDecimals_SameBitsAsFramework()
    {
        // Arrange: 20,000 decimals with 0 to 17 significant digits and 0 to 22 decimals
        var random = new SeedSource(5).For("utf8-number-test");
        var mismatches = new List<string>();

        for (var i = 0; i < 20_000; i++)
        {
            var digits = 1 + random.NextInt(17);
            var mantissa = new StringBuilder();
            for (var d = 0; d < digits; d++)
            {
                mantissa.Append((char)('0' + random.NextInt(10)));
            }

            var decimals = random.NextInt(Math.Min(digits, 22) + 1);
            var text = (random.NextInt(2) == 0 ? "-" : string.Empty) +
                (decimals == 0 ? mantissa.ToString() : mantissa.ToString(0, digits - decimals) + "." + mantissa.ToString(digits - decimals, decimals));

            // Act
            var ok = Utf8Number.TryParse(Encoding.UTF8.GetBytes(text), out var actual);
            var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

            if (!ok || BitConverter.DoubleToInt64Bits(expected) != BitConverter.DoubleToInt64Bits(actual))
            {
                mismatches.Add(text);
            }
        }

        // Assert
        Assert.Empty(mismatches);
    }
}
