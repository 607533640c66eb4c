using System.Globalization;
using SynthAudit.Core.Errors;
using SynthAudit.Core.IO;
using SynthAudit.Core.Randomness;

namespace SynthAudit.Core.Csv;

/// <summary>Splits a CSV file into train and holdout files by a seeded shuffle, optionally stratified, keeping every record's
/// original text and the file order within each part.</summary>
public static class CsvSplitter
{
    /// <summary>The result of a split.</summary>
    /// <param name="TrainRows">Rows written to train.csv.</param>
    /// <param name="HoldoutRows">Rows written to holdout.csv.</param>
    public sealed record SplitCounts(int TrainRows, int HoldoutRows);

    /// <summary>Splits <paramref name="inputPath"/> into <c>train.csv</c> and <c>holdout.csv</c> in <paramref name="outDir"/>.</summary>
    /// <exception cref="ConfigException">The fraction is outside (0, 1) or the stratification column does not exist.</exception>
    /// <exception cref="InputException">The file is malformed, or too small to split.</exception>
    public static SplitCounts Split(string inputPath, double trainFraction, long seed, string outDir, string? stratify = null, CsvReadOptions? options = null)
    {
        if (!(trainFraction > 0 && trainFraction < 1))
        {
            throw new ConfigException(null, "--train-fraction", "must be strictly between 0 and 1");
        }

        var file = CsvTableReader.Read(inputPath, options);
        var isTrain = AssignRows(file, trainFraction, seed, stratify);
        WriteParts(inputPath, isTrain, outDir);
        var train = isTrain.Count(t => t);
        return new SplitCounts(train, file.RowCount - train);
    }

    /// <summary>Chooses which rows of <paramref name="file"/> go to train (true) and which to holdout (false): the split
    /// itself, shared by every file format.</summary>
    /// <exception cref="ConfigException">The fraction is outside (0, 1) or the stratification column does not exist.</exception>
    /// <exception cref="InputException">The table is too small to split.</exception>
    public static bool[] AssignRows(CsvFile file, double trainFraction, long seed, string? stratify = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!(trainFraction > 0 && trainFraction < 1))
        {
            throw new ConfigException(null, "--train-fraction", "must be strictly between 0 and 1");
        }

        if (file.RowCount < 2)
        {
            throw new InputException(file.Path, "needs at least 2 data rows to split");
        }

        int[] strata;
        if (stratify is null)
        {
            strata = new int[file.RowCount];
        }
        else
        {
            var column = file.Find(stratify) ?? throw new ConfigException(null, "--stratify", "column '" + stratify + "' is not in " + file.Path);
            strata = column.Codes ?? StrataOfNumbers(column.Numbers!);
        }

        var isTrain = Assign(strata, trainFraction, new SeedSource(seed).For("split"));
        var train = isTrain.Count(t => t);
        if (train == 0 || train == file.RowCount)
        {
            throw new InputException(file.Path, "is too small to split with this fraction (one part would be empty)");
        }

        return isTrain;
    }

    private static int[] StrataOfNumbers(double[] numbers)
    {
        var map = new Dictionary<double, int>();
        var strata = new int[numbers.Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            var key = double.IsNaN(numbers[i]) ? double.NegativeInfinity : numbers[i];
            if (!map.TryGetValue(key, out strata[i]))
            {
                strata[i] = map.Count;
                map.Add(key, strata[i]);
            }
        }

        return strata;
    }

    /// <summary>Marks round(fraction · n_s) rows of each stratum s as train, chosen by a seeded shuffle.</summary>
    internal static bool[] Assign(int[] strata, double fraction, DeterministicRandom random)
    {
        var isTrain = new bool[strata.Length];
        foreach (var group in Enumerable.Range(0, strata.Length).GroupBy(i => strata[i]).OrderBy(g => g.Key))
        {
            var rows = group.ToArray();
            random.ShuffleInPlace(rows.AsSpan());
            var take = (int)Math.Round(fraction * rows.Length, MidpointRounding.AwayFromZero);
            for (var i = 0; i < take; i++)
            {
                isTrain[rows[i]] = true;
            }
        }

        return isTrain;
    }

    /// <summary>Writes the header and each record to its part byte for byte: the BOM (if any) starts both files, every record
    /// keeps its own line ending (CRLF or LF) and quoting, and empty lines are dropped as the reader drops them.</summary>
    private static void WriteParts(string inputPath, bool[] isTrain, string outDir)
    {
        var trainBuffer = new MemoryStream();
        var holdoutBuffer = new MemoryStream();
        var row = -1;
        using (var input = new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            var record = new MemoryStream();
            var quoted = false;
            var first = true;
            var chunk = new byte[1 << 16];
            int n;
            while ((n = input.Read(chunk, 0, chunk.Length)) > 0)
            {
                var start = 0;
                if (first)
                {
                    first = false;
                    if (n >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF)
                    {
                        trainBuffer.Write(chunk, 0, 3);
                        holdoutBuffer.Write(chunk, 0, 3);
                        start = 3;
                    }
                }

                for (var i = start; i < n; i++)
                {
                    var b = chunk[i];
                    if (b == (byte)'"')
                    {
                        quoted = !quoted;
                    }
                    else if (b == (byte)'\n' && !quoted)
                    {
                        record.Write(chunk, start, i + 1 - start);
                        start = i + 1;
                        row = Flush(record, row, isTrain, trainBuffer, holdoutBuffer);
                    }
                }

                record.Write(chunk, start, n - start);
            }

            row = Flush(record, row, isTrain, trainBuffer, holdoutBuffer);
        }

        if (row != isTrain.Length)
        {
            throw new InputException(inputPath, string.Create(CultureInfo.InvariantCulture, $"changed while it was being split ({row} rows on the second pass, {isTrain.Length} on the first)"));
        }

        AtomicFile.Write(Path.Combine(outDir, "train.csv"), s => trainBuffer.WriteTo(s));
        AtomicFile.Write(Path.Combine(outDir, "holdout.csv"), s => holdoutBuffer.WriteTo(s));
    }

    /// <summary>Sends one complete record (header when <paramref name="row"/> is -1) to its part(s); an empty line is
    /// dropped. Returns the next row index.</summary>
    private static int Flush(MemoryStream record, int row, bool[] isTrain, MemoryStream train, MemoryStream holdout)
    {
        var bytes = record.GetBuffer().AsSpan(0, (int)record.Length);
        record.SetLength(0);
        var content = bytes.TrimEnd((ReadOnlySpan<byte>)[(byte)'\r', (byte)'\n']);
        if (content.IsEmpty)
        {
            return row;
        }

        if (row < 0)
        {
            train.Write(bytes);
            holdout.Write(bytes);
        }
        else if (row < isTrain.Length)
        {
            (isTrain[row] ? train : holdout).Write(bytes);
        }

        return row + 1;
    }
}
