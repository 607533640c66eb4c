using Microsoft.Data.Analysis;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Schema;

namespace SynthAudit.Auditing.Tests.IO;

public sealed class DataFrameTests : IDisposable
{
    private static readonly HashSet<string> s_numeric = new(StringComparer.Ordinal)
    {
        "age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week",
    };

    private readonly AdultSlices _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Run_DataFramesOfTheSlices_GiveTheCsvMetricValues()
    {
        // Arrange
        var options = new AuditOptions
        {
            Holdout = TableSource.FromFile(_data.Holdout),
            Target = "income-per-year",
            Seed = 2,
            BootstrapResamples = 20,
            Metrics = [MetricIds.KsComplement, MetricIds.TvComplement, MetricIds.CorrelationSimilarity, MetricIds.Tstr, MetricIds.DcrShare],
        };
        var fromCsv = Auditor.Run(TableSource.FromFile(_data.Train), TableSource.FromFile(_data.Synthetic), options);

        // Act
        var fromFrames = Auditor.Run(TableSource.FromDataFrame(Frame(_data.Train), _data.Train),
            TableSource.FromDataFrame(Frame(_data.Synthetic), _data.Synthetic), options);

        // Assert
        SameMetrics.Assert(fromCsv, fromFrames);
    }

    [Fact]
    public void FromDataFrame_TypedColumns_BecomeKindsWithNullsMissing()
    {
        // Arrange
        var frame = new DataFrame(
            new DoubleDataFrameColumn("x", [1.5, null, 3.25, 4.0]),
            new Int64DataFrameColumn("n", [1, 2, null, 4]),
            new StringDataFrameColumn("s", ["a", null, "b", "a"]),
            new BooleanDataFrameColumn("b", [true, false, null, true]),
            new DateTimeDataFrameColumn("t", [new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc), null, new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc), new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc)]));

        // Act
        var result = Auditor.Run(TableSource.FromDataFrame(frame), TableSource.FromDataFrame(frame), new AuditOptions
        {
            Metrics = [MetricIds.Coverage],
            BootstrapResamples = 10,
        });

        // Assert
        var kinds = result.Schema.ToDictionary(c => c.Name, c => c.Kind);
        Assert.Equal(ColumnKind.Numeric, kinds["x"]);
        Assert.Equal(ColumnKind.Categorical, kinds["s"]);
        Assert.Equal(ColumnKind.Boolean, kinds["b"]);
        Assert.Equal(ColumnKind.Datetime, kinds["t"]);
        Assert.Equal(4, result.Inputs[0].Rows);
        Assert.Matches("^[0-9a-f]{64}$", result.Inputs[0].Sha256);
    }

    /// <summary>A data frame built from the CSV's fields without the library's readers: integers as Int32 (fnlwgt as Int64,
    /// hours as Double), text as strings, "?" as null.</summary>
    private static DataFrame Frame(string csvPath)
    {
        var lines = File.ReadAllLines(csvPath);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var columns = new List<DataFrameColumn>();
        for (var c = 0; c < header.Length; c++)
        {
            var cells = rows.Select(r => r[c] is "?" or "" ? null : r[c]).ToList();
            DataFrameColumn column = header[c] switch
            {
                "fnlwgt" => new Int64DataFrameColumn(header[c], cells.Select(v => v is null ? (long?)null : long.Parse(v, System.Globalization.CultureInfo.InvariantCulture))),
                "hours-per-week" => new DoubleDataFrameColumn(header[c], cells.Select(v => v is null ? (double?)null : double.Parse(v, System.Globalization.CultureInfo.InvariantCulture))),
                var n when s_numeric.Contains(n) => new Int32DataFrameColumn(header[c], cells.Select(v => v is null ? (int?)null : int.Parse(v, System.Globalization.CultureInfo.InvariantCulture))),
                _ => new StringDataFrameColumn(header[c], cells),
            };
            columns.Add(column);
        }

        return new DataFrame(columns);
    }
}
