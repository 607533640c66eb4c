using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Schema;
using SynthAudit.Testing;

namespace SynthAudit.Core.Tests.Csv;

public sealed class CsvTableWriterTests
{
    private static Table RoundTrip(Table table, TableSchema schema)
    {
        using var stream = new MemoryStream();
        CsvTableWriter.Write(table, stream);
        stream.Position = 0;
        var file = CsvTableReader.Read(stream, "written.csv");
        return TableAligner.ToTable(schema, file);
    }

    private static void AssertSameTable(Table expected, Table actual)
    {
        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.Columns.Select(c => (c.Name, c.Kind)), actual.Columns.Select(c => (c.Name, c.Kind)));
        for (var c = 0; c < expected.ColumnCount; c++)
        {
            for (var r = 0; r < expected.RowCount; r++)
            {
                Assert.Equal(CsvTableWriter.Format(expected.Columns[c], r), CsvTableWriter.Format(actual.Columns[c], r));
                switch (expected.Columns[c])
                {
                    case NumericColumn n:
                        Assert.Equal(n.Values[r], ((NumericColumn)actual.Columns[c]).Values[r]);
                        break;
                    case CategoricalColumn k:
                        Assert.Equal(k.ValueAt(r), ((CategoricalColumn)actual.Columns[c]).ValueAt(r));
                        break;
                }
            }
        }
    }

    [Fact]
    public void Write_ThenRead_GivesSameTable()
    {
        // Arrange: awkward values in every kind
        const string Csv = "x,name,flag,when,count\n" +
            "0.1,\"Smith, J\",yes,2023-01-02,3\n" +
            "-1e-300,\"say \"\"hi\"\"\",no,2023-01-02T10:30:00.125Z,\n" +
            ",\"two\nlines\",,1970-01-01T00:00:01Z,-7\n" +
            "12345678.901234567,\" padded \",yes,,1000000000000\n";
        var file = CsvText.Read(Csv);
        var schema = SchemaInference.Infer(file).Schema;
        var table = TableAligner.ToTable(schema, file);

        // Act
        var back = RoundTrip(table, schema);

        // Assert
        Assert.Equal(ColumnKind.Boolean, schema.Find("flag")!.Kind);
        Assert.Equal(ColumnKind.Datetime, schema.Find("when")!.Kind);
        AssertSameTable(table, back);
        Assert.Equal(1672655400.125, ((NumericColumn)back["when"]).Values[1]);
    }

    [Fact]
    public void Write_ThenRead_AdultTrainUnchanged()
    {
        // Arrange
        var file = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var schema = SchemaInference.Infer(file).Schema;
        var table = TableAligner.ToTable(schema, file).Take(Enumerable.Range(0, 2000).ToArray());

        // Act
        var back = RoundTrip(table, schema);

        // Assert
        AssertSameTable(table, back);
    }

    [Fact]
    public void Write_MissingValues_AreEmptyFields()
    {
        // Arrange
        var table = new TableBuilder().Numeric("n", 1.5, double.NaN).Categorical("c", new string?[] { null, "a" }).Build();

        // Act
        using var stream = new MemoryStream();
        CsvTableWriter.Write(table, stream);

        // Assert
        Assert.Equal("n,c\n1.5,\n,a\n", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
