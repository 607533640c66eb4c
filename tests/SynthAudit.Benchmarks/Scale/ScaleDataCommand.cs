using System.Globalization;
using System.Text;
using SynthAudit.Core.Randomness;

namespace SynthAudit.Benchmarks.Scale;

/// <summary>Writes the seeded inputs of the issue-17 scale checks: <c>... -- scaledata wide OUTDIR [COLUMNS [ROWS]]</c>
/// (real.csv, syn.csv, hold.csv: alternating numeric and 5-level categorical columns, independent draws), or
/// <c>... -- scaledata levels IN.csv OUT.csv LEVELS [SEED]</c> (IN plus a column <c>code</c> with LEVELS uniform levels).</summary>
internal static class ScaleDataCommand
{
    public static void Run(string[] args)
    {
        switch (args[0])
        {
            case "wide":
                var columns = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
                var rows = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 300;
                Directory.CreateDirectory(args[1]);
                var seed = 1UL;
                foreach (var name in new[] { "real.csv", "syn.csv", "hold.csv" })
                {
                    Wide(Path.Combine(args[1], name), columns, rows, seed++);
                }

                break;
            case "levels":
                Levels(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture), args.Length > 4 ? ulong.Parse(args[4], CultureInfo.InvariantCulture) : 1);
                break;
            default:
                throw new ArgumentException("scaledata wide|levels ...");
        }
    }

    private static void Wide(string path, int columns, int rows, ulong seed)
    {
        var random = new DeterministicRandom(seed);
        string[] levels = ["a", "b", "c", "d", "e"];
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine(string.Join(",", Enumerable.Range(0, columns).Select(j => "c" + j.ToString(CultureInfo.InvariantCulture))));
        var line = new StringBuilder();
        for (var i = 0; i < rows; i++)
        {
            line.Clear();
            for (var j = 0; j < columns; j++)
            {
                if (j > 0)
                {
                    line.Append(',');
                }

                if (j % 2 == 0)
                {
                    line.Append((50 + (10 * random.NextGaussian())).ToString("F2", CultureInfo.InvariantCulture));
                }
                else
                {
                    line.Append(levels[random.NextInt(levels.Length)]);
                }
            }

            writer.WriteLine(line);
        }
    }

    private static void Levels(string input, string output, int levels, ulong seed)
    {
        var random = new DeterministicRandom(seed);
        using var reader = new StreamReader(input);
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
        writer.WriteLine(reader.ReadLine() + ",code");
        while (reader.ReadLine() is { } line)
        {
            writer.WriteLine(line + ",L" + random.NextInt(levels).ToString(CultureInfo.InvariantCulture));
        }
    }
}
