using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using SynthAudit.Auditing.Generation;
using SynthAudit.Core.Csv;
using SynthAudit.Generation;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Privacy;
using SynthAudit.Testing;

namespace SynthAudit.Benchmarks;

/// <summary>MST and AIM on the Adult train split with the public domain <c>fixtures/adult/domain.yml</c>, and the quality
/// harness: mean 2-way and 3-way TV on a drafted domain.</summary>
[MemoryDiagnoser]
public class GenerationBenchmarks
{
    private CsvFile _real = null!;
    private DomainSpec _domain = null!;

    /// <summary>The ε of the run.</summary>
    [Params(1.0)]
    public double Epsilon { get; set; }

    /// <summary>Loads Adult and its public domain.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        _domain = DomainFile.Read(Fixtures.Path("adult", "domain.yml"));
    }

    /// <summary>One MST run (fit + sample), seeded.</summary>
    [Benchmark]
    public int Mst() => Generate("mst", _real, _domain, Epsilon, 1).Synthetic.RowCount;

    /// <summary>One AIM run (fit + sample), seeded.</summary>
    [Benchmark]
    public int Aim() => Generate("aim", _real, _domain, Epsilon, 1).Synthetic.RowCount;

    /// <summary>Runs MST or AIM at <paramref name="epsilon"/> and returns (mean 2-way TV, mean 3-way TV, seconds) on the binned domain.</summary>
    public static (double Tv2, double Tv3, double Seconds) MeasureQuality(string method, double epsilon, long seed)
    {
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var domain = DomainDrafter.Draft(real);
        var watch = Stopwatch.StartNew();
        var result = Generate(method, real, domain, epsilon, seed);
        var seconds = watch.Elapsed.TotalSeconds;
        using var buffer = new MemoryStream();
        CsvTableWriter.Write(result.Synthetic, buffer);
        buffer.Position = 0;
        var synthetic = CsvTableReader.Read(buffer, "synthetic.csv");
        var a = Encode(real, domain);
        var b = Encode(synthetic, domain);
        var sizes = domain.Sizes();
        var d = sizes.Length;
        var tv2 = new List<double>();
        var tv3 = new List<double>();
        for (var i = 0; i < d; i++)
        {
            for (var j = i + 1; j < d; j++)
            {
                tv2.Add(Tv(a, b, sizes, [i, j]));
                for (var k = j + 1; k < d; k++)
                {
                    tv3.Add(Tv(a, b, sizes, [i, j, k]));
                }
            }
        }

        return (tv2.Average(), tv3.Average(), seconds);
    }

    private static GenerationResult Generate(string method, CsvFile real, DomainSpec domain, double epsilon, long seed) =>
        (method == "aim" ? (ISyntheticGenerator)new AimGenerator() : new MstGenerator()).Generate(real, domain, new GenerationOptions { Budget = new PrivacyBudget(epsilon), Seed = seed },
            new SeededDpRandom(seed), CancellationToken.None);

    private static int[][] Encode(CsvFile file, DomainSpec domain) => DomainEncoder.Encode(file, domain, out _).Columns;

    private static double Tv(int[][] a, int[][] b, int[] sizes, int[] clique)
    {
        var cells = clique.Aggregate(1, (p, c) => p * sizes[c]);
        var ha = new double[cells];
        var hb = new double[cells];
        Histogram(a, sizes, clique, ha);
        Histogram(b, sizes, clique, hb);
        var na = a[0].Length;
        var nb = b[0].Length;
        double tv = 0;
        for (var c = 0; c < cells; c++)
        {
            tv += Math.Abs((ha[c] / na) - (hb[c] / nb));
        }

        return tv / 2;
    }

    private static void Histogram(int[][] data, int[] sizes, int[] clique, double[] h)
    {
        for (var r = 0; r < data[0].Length; r++)
        {
            var key = 0;
            foreach (var c in clique)
            {
                key = (key * sizes[c]) + data[c][r];
            }

            h[key]++;
        }
    }
}
