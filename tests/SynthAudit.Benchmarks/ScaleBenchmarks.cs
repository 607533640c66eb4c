using BenchmarkDotNet.Attributes;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Fidelity;
using SynthAudit.Metrics.Neighbors;
using SynthAudit.Metrics.Privacy;

namespace SynthAudit.Benchmarks;

/// <summary>The main audit stages at 100,000 and 1,000,000 rows (issue 17) on random mixed tables of 15 columns (6 numeric
/// with missing values, 9 categorical): the fidelity analysis (encoding and 20 bootstrap replicates; the audit's default
/// 200 cost ten times the replicate part), 2,048 exact Gower 1-NN queries against every row, and 500 KDE evaluations over
/// every row. Run with <c>--job short</c>; the figures are in README "Scale".</summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private AuditInput _input = null!;
    private GowerMatrix _query = null!;
    private GowerMatrix _reference = null!;
    private GaussianKde _kde = null!;
    private double[][] _points = null!;

    /// <summary>Rows of the real and of the synthetic table.</summary>
    [Params(100_000, 1_000_000)]
    public int Rows { get; set; }

    /// <summary>Builds the tables from fixed seeds.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var real = BenchmarkData.RandomMixed(Rows, 6, 9, 1);
        var synthetic = BenchmarkData.RandomMixed(Rows, 6, 9, 2);
        var schema = new TableSchema([.. real.Columns.Select(c => new ColumnSchema(c.Name, c.Kind, ColumnRole.Feature))]);
        _input = new AuditInput(real, synthetic, null, schema);
        var encoding = new GowerEncoding([.. real.Columns.Select(c => c.Name)], real);
        _reference = encoding.Encode(real);
        _query = encoding.Encode(BenchmarkData.RandomMixed(2048, 6, 9, 3));
        var random = new DeterministicRandom(4);
        var data = Enumerable.Range(0, 10).Select(_ => Enumerable.Range(0, Rows).Select(_ => random.NextGaussian()).ToArray()).ToArray();
        _kde = new GaussianKde(data, GaussianKde.ScottBandwidths(data));
        _points = [.. data.Select(column => column[..500])];
    }

    /// <summary>The shared fidelity analysis with 20 bootstrap replicates, all cores.</summary>
    [Benchmark]
    public double FidelityAnalysis20Replicates() =>
        new KsComplementMetric().Compute(_input, new MetricContext(new SeedSource(0), bootstrapResamples: 20), CancellationToken.None).Value ?? 0;

    /// <summary>2,048 queries against every reference row, k = 1, one thread (pairs per second = 2,048 × rows / time).</summary>
    [Benchmark]
    public NeighborResult NearestNeighbors2048Queries() =>
        NearestNeighbors.Search(_query, _reference, 1, options: new ParallelOptions { MaxDegreeOfParallelism = 1 });

    /// <summary>The log density at 500 points of a 10-dimensional KDE over every row, all cores.</summary>
    [Benchmark]
    public double[] Kde500Points() => _kde.LogDensity(_points, new ParallelOptions());
}
