using System.Text;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Errors;

namespace SynthAudit.Core.Tests.Csv;

/// <summary>Inputs that are not UTF-8 text or not files get a message that names what they are (issue 18).</summary>
public sealed class CsvEncodingTests
{
    [Theory]
    [InlineData("utf-16", "UTF-16 (little-endian)")]
    [InlineData("utf-16BE", "UTF-16 (big-endian)")]
    public void Read_Utf16WithBom_NamesUtf16AndTheFix(string encoding, string expected)
    {
        // Arrange
        var bytes = Encoding.GetEncoding(encoding).GetPreamble().Concat(Encoding.GetEncoding(encoding).GetBytes("a,b\n1,2\n")).ToArray();

        // Act
        var message = CsvText.ErrorOfBytes(bytes);

        // Assert
        Assert.Equal("data.csv: is " + expected + " text; save it as UTF-8 (for example 'CSV UTF-8' in Excel, or iconv -f UTF-16 -t UTF-8)", message);
    }

    [Fact]
    public void Read_Utf16WithoutBom_NamesUtf16()
    {
        // Arrange
        var bytes = Encoding.Unicode.GetBytes("age,sex\n31,F\n");

        // Act
        var message = CsvText.ErrorOfBytes(bytes);

        // Assert
        Assert.Contains("is UTF-16 (little-endian) text; save it as UTF-8", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Folder_SaysItIsAFolder()
    {
        // Act
        var ex = Assert.Throws<InputException>(() => CsvTableReader.Read(Path.GetTempPath()));

        // Assert
        Assert.EndsWith("is a folder, not a file", ex.Message, StringComparison.Ordinal);
    }
}
