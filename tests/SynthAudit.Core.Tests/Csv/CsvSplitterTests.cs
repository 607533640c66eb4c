using System.Globalization;
using System.Text;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Errors;

namespace SynthAudit.Core.Tests.Csv;

public sealed class CsvSplitterTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "synthaudit-split-" + Guid.NewGuid().ToString("N"));

    public CsvSplitterTests()
    {
        Directory.CreateDirectory(_dir);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>1,000 rows: an id, a group with shares 60/30/10 %, and a quoted note with a comma and a line break.</summary>
    private string WriteInput()
    {
        var text = new StringBuilder("id,group,note\n");
        for (var i = 0; i < 1000; i++)
        {
            var group = (i % 10) switch { < 6 => "a", < 9 => "b", _ => "c" };
            var note = i % 7 == 0 ? "\"x, \"\"y\"\"\nz\"" : "plain";
            text.Append(i.ToString(CultureInfo.InvariantCulture)).Append(',').Append(group).Append(',').Append(note).Append('\n');
        }

        var path = Path.Combine(_dir, "data.csv");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }

    private static List<string> Records(string path)
    {
        using var reader = CsvHelper.CsvReader.FromFile(path, CsvHelper.CsvReaderOptions.Default with { Separator = ',' });
        var records = new List<string>();
        while (reader.Read())
        {
            records.Add(Encoding.UTF8.GetString(reader.RawRecord));
        }

        return records;
    }

    [Fact] // issue 18: split keeps records byte for byte (CRLF, BOM, quoted line breaks)
    public void Split_CrlfAndBom_KeepsEveryRecordByteForByte()
    {
        // Arrange
        var input = Path.Combine(_dir, "crlf.csv");
        byte[] bom = [0xEF, 0xBB, 0xBF];
        var body = "a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n\r\n3,w\r\n4,v";
        File.WriteAllBytes(input, [.. bom, .. Encoding.UTF8.GetBytes(body)]);
        var outDir = Path.Combine(_dir, "out");

        // Act
        var counts = CsvSplitter.Split(input, 0.5, 1, outDir);

        // Assert: both parts start with the BOM and the header line as written; the records of both parts, in file order,
        // are exactly the input's records (the empty line dropped), with their CRLF endings.
        Assert.Equal(4, counts.TrainRows + counts.HoldoutRows);
        var train = File.ReadAllBytes(Path.Combine(outDir, "train.csv"));
        var holdout = File.ReadAllBytes(Path.Combine(outDir, "holdout.csv"));
        Assert.True(train.AsSpan().StartsWith([.. bom, .. "a,b\r\n"u8]));
        Assert.True(holdout.AsSpan().StartsWith([.. bom, .. "a,b\r\n"u8]));
        string[] records = ["1,\"x\r\ny\"\r\n", "2,z\r\n", "3,w\r\n", "4,v"];
        var parts = Encoding.UTF8.GetString(train.AsSpan(bom.Length + 5)) + "|" + Encoding.UTF8.GetString(holdout.AsSpan(bom.Length + 5));
        Assert.All(records, r => Assert.Contains(r, parts, StringComparison.Ordinal));
        Assert.Equal(records.Sum(r => r.Length) + 1, parts.Length);
    }

    [Fact]
    public void Split_SameSeed_ByteIdenticalFiles()
    {
        // Arrange
        var input = WriteInput();
        var first = Path.Combine(_dir, "one");
        var second = Path.Combine(_dir, "two");

        // Act
        CsvSplitter.Split(input, 0.7, 42, first);
        CsvSplitter.Split(input, 0.7, 42, second);

        // Assert
        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "train.csv")), File.ReadAllBytes(Path.Combine(second, "train.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "holdout.csv")), File.ReadAllBytes(Path.Combine(second, "holdout.csv")));
    }

    [Fact]
    public void Split_OtherSeed_OtherSplit()
    {
        // Arrange
        var input = WriteInput();

        // Act
        CsvSplitter.Split(input, 0.7, 1, Path.Combine(_dir, "one"));
        CsvSplitter.Split(input, 0.7, 2, Path.Combine(_dir, "two"));

        // Assert
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(_dir, "one", "train.csv")), File.ReadAllBytes(Path.Combine(_dir, "two", "train.csv")));
    }

    [Fact]
    public void Split_TrainPlusHoldout_IsInputWithNoRowLostOrDuplicated()
    {
        // Arrange
        var input = WriteInput();

        // Act
        var counts = CsvSplitter.Split(input, 0.7, 7, _dir);

        // Assert
        var train = Records(Path.Combine(_dir, "train.csv"));
        var holdout = Records(Path.Combine(_dir, "holdout.csv"));
        var original = Records(input);
        Assert.Equal(700, counts.TrainRows);
        Assert.Equal(300, counts.HoldoutRows);
        Assert.Equal(700, train.Count);
        Assert.Equal(300, holdout.Count);
        Assert.Equal(original.Order(StringComparer.Ordinal), train.Concat(holdout).Order(StringComparer.Ordinal));
        Assert.Empty(train.Intersect(holdout));

        // File order is kept within each part.
        var position = original.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i);
        Assert.Equal(train.Select(r => position[r]).Order(), train.Select(r => position[r]));
    }

    [Fact]
    public void Split_Output_ReadsBackWithSameHeaderAndQuotedFields()
    {
        // Arrange
        var input = WriteInput();

        // Act
        CsvSplitter.Split(input, 0.5, 3, _dir);

        // Assert
        var train = CsvTableReader.Read(Path.Combine(_dir, "train.csv"));
        Assert.Equal(["id", "group", "note"], train.Columns.Select(c => c.Name));
        Assert.Contains("x, \"y\"\nz", train.Find("note")!.Levels);
    }

    [Fact]
    public void Split_Stratified_KeepsGroupShares()
    {
        // Arrange
        var input = WriteInput();

        // Act
        CsvSplitter.Split(input, 0.7, 11, _dir, stratify: "group");

        // Assert: exactly round(0.7 · n_s) of each group in train: 420 of 600, 210 of 300, 70 of 100
        var train = CsvTableReader.Read(Path.Combine(_dir, "train.csv")).Find("group")!;
        var counts = train.Levels.Select((level, code) => (level, count: train.Codes!.Count(c => c == code))).ToDictionary(p => p.level, p => p.count);
        Assert.Equal(420, counts["a"]);
        Assert.Equal(210, counts["b"]);
        Assert.Equal(70, counts["c"]);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Split_FractionOutsideOpenInterval_ConfigError(double fraction)
    {
        // Arrange
        var input = WriteInput();

        // Act
        var ex = Assert.Throws<ConfigException>(() => CsvSplitter.Split(input, fraction, 1, _dir));

        // Assert
        Assert.Equal("'--train-fraction': must be strictly between 0 and 1", ex.Message);
        Assert.False(File.Exists(Path.Combine(_dir, "train.csv")));
    }

    [Fact]
    public void Split_UnknownStratifyColumn_ConfigError()
    {
        // Arrange
        var input = WriteInput();

        // Act
        var ex = Assert.Throws<ConfigException>(() => CsvSplitter.Split(input, 0.5, 1, _dir, stratify: "colour"));

        // Assert
        Assert.Equal("'--stratify': column 'colour' is not in " + input, ex.Message);
    }

    [Fact]
    public void Split_TooSmallForFraction_InputError()
    {
        // Arrange
        var input = Path.Combine(_dir, "tiny.csv");
        File.WriteAllText(input, "a\n1\n2\n");

        // Act
        var ex = Assert.Throws<InputException>(() => CsvSplitter.Split(input, 0.1, 1, _dir));

        // Assert
        Assert.Equal(input + ": is too small to split with this fraction (one part would be empty)", ex.Message);
    }
}
