using System.Text;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Errors;
using SynthAudit.Testing;

namespace SynthAudit.Core.Tests.Csv;

public sealed class CsvTableReaderTests
{
    [Fact]
    public void Read_RaggedRow_NamesFileAndLine()
    {
        // Arrange
        const string Text = "a,b,c\n1,2,3\n4,5\n";

        // Act
        var message = CsvText.ErrorOf(Text);

        // Assert
        Assert.Equal("data.csv:3: ragged row: 2 fields where the header has 3", message);
    }

    [Fact]
    public void Read_RaggedRowAfterQuotedLineBreak_CountsPhysicalLines()
    {
        // Arrange
        const string Text = "a,b\n\"x\ny\",1\n2,3,4\n";

        // Act
        var message = CsvText.ErrorOf(Text);

        // Assert
        Assert.Equal("data.csv:4: ragged row: 3 fields where the header has 2", message);
    }

    [Fact]
    public void Read_DuplicateColumnName_NamesColumn()
    {
        // Arrange / Act
        var message = CsvText.ErrorOf("a,b,a\n1,2,3\n");

        // Assert
        Assert.Equal("data.csv:1 column 'a': duplicate column name in the header", message);
    }

    [Fact]
    public void Read_EmptyColumnName_NamesPosition()
    {
        // Arrange / Act
        var message = CsvText.ErrorOf("a,,c\n1,2,3\n");

        // Assert
        Assert.Equal("data.csv:1: header field 2 is empty (every column needs a name)", message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public void Read_EmptyFile_Rejected(string text)
    {
        // Arrange / Act
        var message = CsvText.ErrorOf(text);

        // Assert
        Assert.Equal("data.csv: the file is empty (a header row is required)", message);
    }

    [Fact]
    public void Read_HeaderOnly_Rejected()
    {
        // Arrange / Act
        var message = CsvText.ErrorOf("a,b\n");

        // Assert
        Assert.Equal("data.csv:1: the file has a header but no data rows", message);
    }

    [Fact]
    public void Read_TextInNumericColumn_NamesFirstBadValueAndLine()
    {
        // Arrange: 40 numbers and one text value (> 95 % numeric)
        var text = new StringBuilder("x,y\n");
        for (var i = 0; i < 40; i++)
        {
            text.Append(i % 7).Append(",a\n");
            if (i == 20)
            {
                text.Append("twelve,b\n");
            }
        }

        // Act
        var message = CsvText.ErrorOf(text.ToString());

        // Assert
        Assert.Equal("data.csv:23 column 'x': text value 'twelve' in a column whose other values are numbers", message);
    }

    [Fact]
    public void Read_TextAfterThousandsOfDistinctNumbers_NamesValueAndLine()
    {
        // Arrange: more distinct numbers than the level cap, then text
        var text = new StringBuilder("x\n");
        for (var i = 0; i < CsvColumnBuilder.DictionaryCap + 10; i++)
        {
            text.Append(i).Append(".5\n");
        }

        text.Append("oops\n");

        // Act
        var message = CsvText.ErrorOf(text.ToString());

        // Assert
        Assert.Equal($"data.csv:{CsvColumnBuilder.DictionaryCap + 12} column 'x': text value 'oops' in a column whose other values are numbers", message);
    }

    [Fact]
    public void Read_MostlyText_IsCategoricalWithNumbersAsLevels()
    {
        // Arrange / Act
        var file = CsvText.Read("x\n1\nred\nblue\n1\n");

        // Assert
        var x = file.Columns[0];
        Assert.False(x.IsNumeric);
        Assert.Equal(["1", "red", "blue"], x.Levels.ToArray());
        Assert.Equal([0, 1, 2, 0], x.Codes!);
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e999")]
    public void Read_Infinity_Rejected(string value)
    {
        // Arrange / Act
        var message = CsvText.ErrorOf("a,b\n1,2\n" + value + ",3\n");

        // Assert
        Assert.Equal("data.csv:3 column 'a': an infinite value is not allowed (use an empty field or NA for missing)", message);
    }

    [Fact]
    public void Read_NulBytesAtStart_RejectedAsBinary()
    {
        // Arrange
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00];

        // Act
        var message = CsvText.ErrorOfBytes(bytes);

        // Assert
        Assert.Equal("data.csv: is not a text file (it contains NUL bytes)", message);
    }

    [Fact]
    public void Read_NulByteLateInFile_RejectedWithLine()
    {
        // Arrange: the NUL lies beyond the first 8 KiB that are sniffed
        var text = new StringBuilder("a,b\n");
        for (var i = 0; i < 3000; i++)
        {
            text.Append("1,x\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text + "2,y\0z\n");

        // Act
        var message = CsvText.ErrorOfBytes(bytes);

        // Assert
        Assert.Equal("data.csv:3002 column 'b': is not a text file (it contains NUL bytes)", message);
    }

    [Fact]
    public void Read_InvalidUtf8InField_RejectedWithLineAndColumn()
    {
        // Arrange: Latin-1 "café" is not UTF-8
        var bytes = Encoding.UTF8.GetBytes("a,b\n1,x\n2,caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();

        // Act
        var message = CsvText.ErrorOfBytes(bytes);

        // Assert
        Assert.Equal("data.csv:3 column 'b': is not valid UTF-8 text (save the file as UTF-8)", message);
    }

    [Fact]
    public void Read_InvalidUtf8InHeader_Rejected()
    {
        // Arrange
        var bytes = new byte[] { (byte)'a', 0xFF, (byte)',', (byte)'b', (byte)'\n', (byte)'1', (byte)',', (byte)'2', (byte)'\n' };

        // Act
        var message = CsvText.ErrorOfBytes(bytes);

        // Assert
        Assert.Equal("data.csv:1: is not valid UTF-8 text (save the file as UTF-8)", message);
    }

    [Fact]
    public void Read_UnterminatedQuote_RejectedWithLine()
    {
        // Arrange / Act
        var message = CsvText.ErrorOf("a,b\n1,2\n3,\"abc\n");

        // Assert
        Assert.StartsWith("data.csv:3: malformed CSV quoting", message);
    }

    [Fact]
    public void Read_MissingFile_NamesPath()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), "synthaudit-no-such-file.csv");

        // Act
        var ex = Assert.Throws<InputException>(() => CsvTableReader.Read(path));

        // Assert
        Assert.Equal(path + ": file not found", ex.Message);
    }

    [Fact]
    public void Read_QuotedFields_KeepDelimitersNewlinesAndQuotes()
    {
        // Arrange
        const string Text = "name,note\n\"Smith, J\",\"line one\nline two\"\n\"say \"\"hi\"\"\",plain\n";

        // Act
        var file = CsvText.Read(Text);

        // Assert
        Assert.Equal(2, file.RowCount);
        Assert.Equal(["Smith, J", "say \"hi\""], file.Columns[0].Levels.ToArray());
        Assert.Equal(["line one\nline two", "plain"], file.Columns[1].Levels.ToArray());
    }

    [Fact]
    public void Read_Utf8Bom_IsNotPartOfFirstColumnName()
    {
        // Arrange
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("age,city\n30,Zürich\n")).ToArray();

        // Act
        var file = CsvText.ReadBytes(bytes);

        // Assert
        Assert.Equal("age", file.Columns[0].Name);
        Assert.Equal([30.0], file.Columns[0].Numbers!);
        Assert.Equal(["Zürich"], file.Columns[1].Levels.ToArray());
    }

    [Fact]
    public void Read_WithoutBom_ReadsNonAsciiText()
    {
        // Arrange / Act
        var file = CsvText.Read("ville\nMontréal\n北京\n");

        // Assert
        Assert.Equal(["Montréal", "北京"], file.Columns[0].Levels.ToArray());
    }

    [Theory]
    [InlineData(",", "a,b,c\n1,2,3\n")]
    [InlineData(";", "a;b;c\n1,5;2;3\n")]
    [InlineData("\t", "a\tb\tc\n1\t2\t3\n")]
    [InlineData("|", "a|b|c\n1|2|3\n")]
    public void Read_Delimiter_IsDetected(string delimiter, string text)
    {
        // Arrange / Act
        var file = CsvText.Read(text);

        // Assert
        Assert.Equal(delimiter[0], file.Delimiter);
        Assert.Equal(3, file.Columns.Length);
        Assert.Equal(["a", "b", "c"], file.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Read_DelimiterInsideQuotedHeader_IsNotCounted()
    {
        // Arrange / Act: two semicolons outside quotes beat two commas inside them
        var file = CsvText.Read("\"x,y,z\";b;c\n1;2;3\n");

        // Assert
        Assert.Equal(';', file.Delimiter);
        Assert.Equal("x,y,z", file.Columns[0].Name);
    }

    [Fact]
    public void Read_ExplicitDelimiter_Wins()
    {
        // Arrange / Act
        var file = CsvText.Read("a;b,c\n1;2,3\n", new CsvReadOptions { Delimiter = ',' });

        // Assert
        Assert.Equal(["a;b", "c"], file.Columns.Select(c => c.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("NA")]
    [InlineData("n/a")]
    [InlineData("NaN")]
    [InlineData("NULL")]
    [InlineData("?")]
    [InlineData("none")]
    [InlineData("  na  ")]
    public void Read_MissingTokens_AreMissingInNumericAndTextColumns(string token)
    {
        // Arrange
        var text = $"n,t\n1.5,red\n{token},{token}\n2,blue\n";

        // Act
        var file = CsvText.Read(text);

        // Assert
        var n = file.Columns[0];
        var t = file.Columns[1];
        Assert.True(n.IsNumeric);
        Assert.Equal(1.5, n.Numbers![0]);
        Assert.True(double.IsNaN(n.Numbers[1]));
        Assert.Equal(1, n.MissingCount);
        Assert.Equal(["red", "blue"], t.Levels.ToArray());
        Assert.Equal([0, -1, 1], t.Codes!);
        Assert.Equal(1, t.MissingCount);
    }

    [Fact]
    public void Read_CustomMissingTokens_ReplaceDefaults()
    {
        // Arrange
        var options = new CsvReadOptions { MissingTokens = ["-999", "unknown"] };

        // Act
        var file = CsvText.Read("n,t\n-999,UNKNOWN\n3,NA\n", options);

        // Assert
        Assert.True(double.IsNaN(file.Columns[0].Numbers![0]));
        Assert.Equal(3, file.Columns[0].Numbers![1]);
        Assert.Equal([-1, 0], file.Columns[1].Codes!);
        Assert.Equal(["NA"], file.Columns[1].Levels.ToArray());
    }

    [Fact]
    public void Read_Numbers_UseInvariantFormat()
    {
        // Arrange / Act
        var file = CsvText.Read("x\n1.25\n-3e2\n+7\n.5\n");

        // Assert
        Assert.Equal([1.25, -300, 7, 0.5], file.Columns[0].Numbers!);
    }

    [Fact]
    public void Read_CommaDecimalInCommaFile_IsNotANumber()
    {
        // Arrange / Act: "1,5" in a semicolon file is text (invariant culture), never 15
        var file = CsvText.Read("a;b\n1,5;x\n2,5;y\n");

        // Assert
        Assert.False(file.Columns[0].IsNumeric);
        Assert.Equal(["1,5", "2,5"], file.Columns[0].Levels.ToArray());
    }

    [Fact]
    public void Read_FewDistinctNumbers_KeepOriginalSpellingAsLevels()
    {
        // Arrange / Act
        var file = CsvText.Read("zip,k\n02134,1\n10001,2\n02134,3\n,4\n");

        // Assert
        var zip = file.Columns[0];
        Assert.Equal([2134.0, 10001.0, 2134.0, double.NaN], zip.Numbers!);
        Assert.Equal(["02134", "10001"], zip.Levels.ToArray());
        Assert.Equal([0, 1, 0, -1], zip.Codes!);
    }

    [Fact]
    public void Read_ManyDistinctNumbers_DropLevelsButKeepEveryValue()
    {
        // Arrange
        var text = new StringBuilder("x\n");
        for (var i = 0; i < 5000; i++)
        {
            text.Append(i * 0.5).Append('\n');
        }

        // Act
        var file = CsvText.Read(text.ToString());

        // Assert
        var x = file.Columns[0];
        Assert.Null(x.Codes);
        Assert.Equal(5000, x.Numbers!.Length);
        Assert.Equal(Enumerable.Range(0, 5000).Select(i => i * 0.5), x.Numbers!);
    }

    [Fact]
    public void Read_LeadingMissingThenText_PadsCodes()
    {
        // Arrange / Act
        var file = CsvText.Read("a,b\n1,\n2,NA\n3,x\n4,1\n");

        // Assert
        Assert.Equal([-1, -1, 0, 1], file.Columns[1].Codes!);
        Assert.Equal(["x", "1"], file.Columns[1].Levels.ToArray());
    }

    [Fact]
    public void Read_NumbersThenText_SwitchesToCodesWithoutLosingRows()
    {
        // Arrange / Act
        var file = CsvText.Read("a\n1\n2\nx\ny\n1\n");

        // Assert
        Assert.Equal(["1", "2", "x", "y"], file.Columns[0].Levels.ToArray());
        Assert.Equal([0, 1, 2, 3, 0], file.Columns[0].Codes!);
        Assert.Equal(2, file.Columns[0].FirstTextLine! - 2);
    }

    [Fact]
    public void Read_AllMissingColumn_IsNumericNaN()
    {
        // Arrange / Act
        var file = CsvText.Read("a,b\n1,\n2,NA\n");

        // Assert
        Assert.Equal([double.NaN, double.NaN], file.Columns[1].Numbers!);
        Assert.Equal(2, file.Columns[1].MissingCount);
    }

    [Fact]
    public void Read_CrLfAndNoFinalNewline_ReadsEveryRow()
    {
        // Arrange / Act
        var file = CsvText.Read("a,b\r\n1,x\r\n2,y\r\n\r\n3,z");

        // Assert
        Assert.Equal(3, file.RowCount);
        Assert.Equal([1.0, 2, 3], file.Columns[0].Numbers!);
    }

    [Fact]
    public void Read_CarriageReturnOnlyLineEnds_ReadsEveryRow()
    {
        // Arrange / Act
        var file = CsvText.Read("a,b\r1,x\r2,y\r3,z\r");

        // Assert
        Assert.Equal(3, file.RowCount);
    }

    [Fact]
    public void Read_SpacesAroundValues_AreTrimmed()
    {
        // Arrange / Act
        var file = CsvText.Read(" a , b \n 1 , x \n2,  y\n");

        // Assert
        Assert.Equal(["a", "b"], file.Columns.Select(c => c.Name));
        Assert.Equal([1.0, 2], file.Columns[0].Numbers!);
        Assert.Equal(["x", "y"], file.Columns[1].Levels.ToArray());
    }

    [Fact]
    public void Read_AdultTrain_HasExpectedShape()
    {
        // Arrange / Act
        var file = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));

        // Assert
        Assert.Equal(22793, file.RowCount);
        Assert.Equal(15, file.Columns.Length);
        Assert.Equal(',', file.Delimiter);
        Assert.All(file.Columns, c => Assert.Equal(22793, (c.Numbers?.Length ?? c.Codes!.Length)));
    }
}
