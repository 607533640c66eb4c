using System.Text;
using SynthAudit.Core.Csv;

namespace SynthAudit.Core.Tests.Csv;

public sealed class CsvLineLocatorTests
{
    [Theory]
    [InlineData("a\nb\nc", 4, 3)]
    [InlineData("a\r\nb\r\nc", 6, 3)]
    [InlineData("a\rb\rc", 4, 3)]
    [InlineData("a\r\n\nb", 4, 3)]
    [InlineData("abc", 2, 1)]
    public void LineOf_Offset_CountsCrLfAndCrAndLfOnce(string text, long offset, long line)
    {
        // Arrange
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var locator = new CsvLineLocator(stream);

        // Act
        var actual = locator.LineOf(offset);

        // Assert
        Assert.Equal(line, actual);
        Assert.Equal(0, stream.Position);
    }
}
