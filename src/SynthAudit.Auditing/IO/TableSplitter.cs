using System.Collections.Immutable;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.IO;

namespace SynthAudit.Auditing.IO;

/// <summary><c>split</c> for every format: a CSV keeps each record's original text (<see cref="CsvSplitter"/>); a Parquet file
/// is split into <c>train.parquet</c> and <c>holdout.parquet</c> by the same seeded row choice.</summary>
internal static class TableSplitter
{
    /// <summary>Splits <paramref name="inputPath"/>; returns the row counts and the two files written.</summary>
    public static (CsvSplitter.SplitCounts Counts, string TrainFile, string HoldoutFile) Split(string inputPath, double trainFraction,
        long seed, string outDir, string? stratify = null)
    {
        ArgumentNullException.ThrowIfNull(inputPath);
        var parquet = TableFiles.IsParquet(inputPath);
        OutputLocation.CheckFolder(outDir, "--out-dir", parquet ? ["train.parquet", "holdout.parquet"] : ["train.csv", "holdout.csv"]);
        if (!parquet)
        {
            var counts = CsvSplitter.Split(inputPath, trainFraction, seed, outDir, stratify);
            return (counts, "train.csv", "holdout.csv");
        }

        var file = ParquetTableReader.Read(inputPath);
        var isTrain = CsvSplitter.AssignRows(file, trainFraction, seed, stratify);
        var table = ToTable(file);
        var train = Enumerable.Range(0, isTrain.Length).Where(r => isTrain[r]).ToArray();
        var holdout = Enumerable.Range(0, isTrain.Length).Where(r => !isTrain[r]).ToArray();
        ParquetTableWriter.Write(table.Take(train), Path.Combine(outDir, "train.parquet"));
        ParquetTableWriter.Write(table.Take(holdout), Path.Combine(outDir, "holdout.parquet"));
        return (new CsvSplitter.SplitCounts(train.Length, holdout.Length), "train.parquet", "holdout.parquet");
    }

    /// <summary>The columns as read, as a table without a schema: numbers (or datetimes) and text.</summary>
    private static Table ToTable(CsvFile file) => new(Path.GetFileName(file.Path), file.Columns.Select(c => c.Numbers is not null
        ? (Column)new NumericColumn(c.Name, c.Numbers, c.DeclaredKind == ColumnKind.Datetime ? ColumnKind.Datetime : ColumnKind.Numeric)
        : new CategoricalColumn(c.Name, c.Codes!, c.Levels.IsDefault ? ImmutableArray<string>.Empty : c.Levels)));
}
