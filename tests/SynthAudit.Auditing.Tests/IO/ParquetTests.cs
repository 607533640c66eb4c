using SynthAudit.Auditing.IO;
using SynthAudit.Cli;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Errors;
using SynthAudit.Core.Schema;
using SynthAudit.Testing;

namespace SynthAudit.Auditing.Tests.IO;

public sealed class ParquetTests : IDisposable
{
    private readonly AdultSlices _data = new();

    public void Dispose() => _data.Dispose();

    [Fact] // issue 13: an audit of Parquet copies gives the same metric values as the CSVs
    public async Task Audit_ParquetCopiesWrittenByDuckDb_GiveTheCsvMetricValues()
    {
        // Arrange
        DuckDbParquet.FromCsv(_data.Train, _data.File("train.parquet"));
        DuckDbParquet.FromCsv(_data.Holdout, _data.File("holdout.parquet"));
        DuckDbParquet.FromCsv(_data.Synthetic, _data.File("synthetic.parquet"));
        string[] settings = ["--target", "income-per-year", "--sensitive", "sex", "--seed", "11", "--bootstrap", "30"];
        var csv = await CliAudit.RunAsync(_data.Train, _data.Synthetic, _data.Holdout, _data.File("csv"), settings);

        // Act
        var parquet = await CliAudit.RunAsync(_data.File("train.parquet"), _data.File("synthetic.parquet"), _data.File("holdout.parquet"),
            _data.File("parquet"), settings);

        // Assert
        SameMetrics.Assert(csv, parquet);
        Assert.Equal(csv.Inputs.Select(i => i.Rows), parquet.Inputs.Select(i => i.Rows));
    }

    [Fact]
    public void Read_TypedParquet_TakesKindsFromTheSchemaAndNullsAsMissing()
    {
        // Arrange
        var path = _data.File("typed.parquet");
        DuckDbParquet.Execute($"""
            COPY (SELECT * FROM (VALUES
                (1, 2.5::DOUBLE, 'a', true, TIMESTAMP '2024-01-02 03:04:05', DATE '2024-02-01', '7'),
                (NULL, NULL, NULL, NULL, NULL, NULL, NULL),
                (3, 4.0::DOUBLE, 'b', false, TIMESTAMP '2024-03-04 00:00:00', DATE '2024-02-02', '8'))
              AS t(n, x, s, b, ts, d, digits)) TO '{path}' (FORMAT parquet)
            """);

        // Act
        var file = TableFiles.Read(path);
        var schema = SchemaInference.Infer(file).Schema;

        // Assert
        Assert.Equal(3, file.RowCount);
        Assert.Equal([1, double.NaN, 3], file.Find("n")!.Numbers!);
        Assert.Equal(["a", "b"], file.Find("s")!.Levels.ToArray());
        Assert.Equal([0, -1, 1], file.Find("s")!.Codes!);
        Assert.Equal(["true", "false"], file.Find("b")!.Levels.ToArray());
        Assert.Equal(ColumnKind.Boolean, schema.Find("b")!.Kind);
        Assert.Equal(ColumnKind.Datetime, schema.Find("ts")!.Kind);
        Assert.Equal(ColumnKind.Datetime, schema.Find("d")!.Kind);
        Assert.True(SchemaInference.TryParseDate("2024-01-02T03:04:05", out var seconds));
        Assert.Equal(seconds, file.Find("ts")!.Numbers![0]);
        Assert.True(double.IsNaN(file.Find("ts")!.Numbers![1]));
        Assert.False(file.Find("digits")!.IsNumeric);
    }

    [Fact]
    public void WriteThenRead_Table_RoundTripsValuesKindsAndMissing()
    {
        // Arrange
        var real = CsvTableReader.Read(_data.Train);
        var table = TableAligner.ToTable(SchemaInference.Infer(real).Schema, real);
        var path = _data.File("written.parquet");

        // Act
        TableFiles.Write(table, path);
        var back = TableFiles.Read(path);
        var again = TableAligner.ToTable(SchemaInference.Infer(back).Schema, back);

        // Assert
        Assert.Equal(table.RowCount, again.RowCount);
        foreach (var column in table.Columns)
        {
            var other = again[column.Name];
            Assert.Equal(column.Kind, other.Kind);
            for (var r = 0; r < table.RowCount; r++)
            {
                Assert.Equal(CsvTableWriter.Format(column, r), CsvTableWriter.Format(other, r));
            }
        }
    }

    [Fact]
    public void Read_NotParquet_ThrowsInputExceptionNamingTheFile()
    {
        // Arrange
        var path = _data.File("fake.parquet");
        File.WriteAllText(path, "a,b\n1,2\n");

        // Act
        var ex = Assert.Throws<InputException>(() => TableFiles.Read(path));

        // Assert
        Assert.Contains("fake.parquet", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Split_ParquetInput_WritesParquetPartsWithTheCsvRowChoice()
    {
        // Arrange
        DuckDbParquet.FromCsv(_data.Train, _data.File("all.parquet"));
        var csvOut = Directory.CreateDirectory(_data.File("split-csv")).FullName;
        var parquetOut = Directory.CreateDirectory(_data.File("split-parquet")).FullName;
        await RunCliAsync("split", "--input", _data.Train, "--train-fraction", "0.7", "--seed", "4", "--out-dir", csvOut, "--stratify", "sex");

        // Act
        await RunCliAsync("split", "--input", _data.File("all.parquet"), "--train-fraction", "0.7", "--seed", "4", "--out-dir", parquetOut, "--stratify", "sex");

        // Assert
        var fromCsv = CsvTableReader.Read(Path.Combine(csvOut, "holdout.csv"));
        var fromParquet = TableFiles.Read(Path.Combine(parquetOut, "holdout.parquet"));
        Assert.Equal(fromCsv.RowCount, fromParquet.RowCount);
        Assert.Equal(fromCsv.Find("age")!.Numbers, fromParquet.Find("age")!.Numbers);
    }

    [Fact]
    public async Task Generate_ParquetInAndOut_WritesAParquetFileAndItsCard()
    {
        // Arrange
        DuckDbParquet.FromCsv(_data.Train, _data.File("real.parquet"));
        var output = _data.File("synthetic-out.parquet");

        // Act
        await RunCliAsync("generate", "--real", _data.File("real.parquet"), "--domain", Fixtures.Path("adult", "domain.yml"),
            "--epsilon", "1", "--rows", "300", "--seed", "1", "--out", output, "--no-ledger");

        // Assert
        var written = TableFiles.Read(output);
        Assert.Equal(300, written.RowCount);
        Assert.True(File.Exists(output + ".dp.json"));
        Assert.Contains(written.Columns, c => c.Name == "income-per-year");
        var audit = Auditor.Run(TableSource.FromFile(_data.File("real.parquet")), TableSource.FromFile(output),
            new AuditOptions { Metrics = [Core.Metrics.MetricIds.ExactMatchRate], BootstrapResamples = 10 });
        Assert.NotNull(audit.DpGuarantee);
        Assert.Contains(audit.Warnings, w => w.Contains("fixed seed", StringComparison.Ordinal)); // was dropped by audit before issue 13

    }

    private static async Task RunCliAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await SynthAuditCli.RunAsync(args, output, error);
        Assert.True(exit == 0, string.Join(' ', args) + " exited " + exit + ": " + error);
    }
}
