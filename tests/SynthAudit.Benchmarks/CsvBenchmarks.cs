using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Randomness;
using SynthAudit.Testing;

namespace SynthAudit.Benchmarks;

/// <summary>Loading CSV into columns: Adult, and a generated 1,000,000 × 20 file against CsvHelper reading every field as a string.</summary>
/// <remarks>Targets (issue 1/8): Adult well under 100 ms warm; our load at least half the speed of the string baseline;
/// allocated bytes of a load at most twice the columnar size (8 bytes per numeric cell, 4 per categorical code).</remarks>
[MemoryDiagnoser]
public class CsvBenchmarks
{
    /// <summary>Rows of the generated file.</summary>
    public const int Rows = 1_000_000;

    private static readonly string[] s_colours = ["red", "green", "blue", "cyan", "magenta", "yellow", "black", "white"];
    private static readonly string[] s_cities = ["Oslo", "Lima", "Rome", "Kyiv", "Doha", "Baku", "Riga", "Bern", "Lomé", "Apia", "Suva", "Male"];

    private string _adultPath = string.Empty;
    private string _bigPath = string.Empty;

    /// <summary>Writes the generated file once (fixed seed): 8 float, 6 integer and 6 short categorical columns.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _adultPath = Fixtures.Path("adult", "adult.csv");
        _bigPath = Path.Combine(Path.GetTempPath(), "synthaudit-csv-bench-1m-20.csv");
        if (!File.Exists(_bigPath))
        {
            WriteGenerated(_bigPath, Rows, 20240601);
        }

        // Report the memory target beside BenchmarkDotNet's Allocated column.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var file = CsvTableReader.Read(_bigPath);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long columnar = file.Columns.Sum(c => c.IsNumeric ? 8L * file.RowCount : 4L * file.RowCount);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// columnar size {columnar / 1e6:F1} MB, allocated by one load {allocated / 1e6:F1} MB, ratio {(double)allocated / columnar:F2}"));
    }

    /// <summary>Adult (48,842 rows × 15 columns) into a <see cref="CsvFile"/>.</summary>
    [Benchmark]
    public CsvFile LoadAdult() => CsvTableReader.Read(_adultPath);

    /// <summary>The generated 1M × 20 file into columns by our reader.</summary>
    [Benchmark]
    public CsvFile LoadGenerated() => CsvTableReader.Read(_bigPath);

    /// <summary>Baseline: CsvHelper reading every field of the generated file to a string, discarded.</summary>
    [Benchmark(Baseline = true)]
    public long CsvHelperStringsGenerated()
    {
        long length = 0;
        using var reader = CsvReader.FromFile(_bigPath, CsvReaderOptions.Default with { Separator = ',' });
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                length += reader.GetString(i).Length;
            }
        }

        return length;
    }

    /// <summary>Writes <paramref name="rows"/> rows of mixed columns from a fixed seed.</summary>
    public static void WriteGenerated(string path, int rows, long seed)
    {
        var random = new SeedSource(seed).For("csv-benchmark");
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 20))
        {
            var header = Enumerable.Range(0, 8).Select(i => "f" + i)
                .Concat(Enumerable.Range(0, 6).Select(i => "i" + i))
                .Concat(Enumerable.Range(0, 6).Select(i => "c" + i));
            writer.Write(string.Join(',', header));
            writer.Write('\n');
            var line = new StringBuilder(256);
            for (var r = 0; r < rows; r++)
            {
                line.Clear();
                for (var c = 0; c < 8; c++)
                {
                    var value = (random.NextDouble() - 0.3) * Math.Pow(10, c % 4);
                    line.Append(value.ToString("F" + (2 + (c % 3)), CultureInfo.InvariantCulture)).Append(',');
                }

                for (var c = 0; c < 6; c++)
                {
                    var max = c < 3 ? 100 : 1_000_000;
                    line.Append(random.NextInt(max).ToString(CultureInfo.InvariantCulture)).Append(',');
                }

                for (var c = 0; c < 6; c++)
                {
                    var pool = c % 2 == 0 ? s_colours : s_cities;
                    line.Append(pool[random.NextInt(pool.Length)]);
                    line.Append(c < 5 ? ',' : '\n');
                }

                writer.Write(line);
            }
        }

        File.Move(temp, path, overwrite: true);
    }
}
