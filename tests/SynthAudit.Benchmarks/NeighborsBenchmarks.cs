using BenchmarkDotNet.Attributes;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Neighbors;
using SynthAudit.Testing;

namespace SynthAudit.Benchmarks;

/// <summary>Exact Gower 1-NN search: Adult train against a synthetic table of train size, and 100,000 × 100,000 random mixed rows.</summary>
[MemoryDiagnoser]
public class NeighborsBenchmarks
{
    private GowerMatrix _adultTrain = null!;
    private GowerMatrix _adultSynthetic = null!;
    private GowerMatrix _bigQuery = null!;
    private GowerMatrix _bigReference = null!;

    /// <summary>Loads Adult and builds the random tables from fixed seeds.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var holdout = CsvTableReader.Read(Fixtures.Path("adult", "holdout.csv"));
        var schema = SchemaInference.Infer(real, new SchemaOptions { Target = "income-per-year" }).Schema;
        var aligned = TableAligner.Align(schema, real, holdout: holdout);
        var synthetic = BenchmarkData.IndependentColumns(aligned.Real, aligned.Real.RowCount, 1);
        var columns = schema.Used.Select(c => c.Name).ToArray();
        var encoding = new GowerEncoding(columns, aligned.Real, aligned.Holdout);
        _adultTrain = encoding.Encode(aligned.Real);
        _adultSynthetic = encoding.Encode(synthetic);

        var big = BenchmarkData.RandomMixed(100_000, 6, 8, 2);
        var bigQuery = BenchmarkData.RandomMixed(100_000, 6, 8, 3);
        var bigEncoding = new GowerEncoding(big.Columns.Select(c => c.Name).ToArray(), big);
        _bigReference = bigEncoding.Encode(big);
        _bigQuery = bigEncoding.Encode(bigQuery);
    }

    /// <summary>22,793 synthetic rows against 22,793 train rows, 15 columns, k = 1.</summary>
    [Benchmark]
    public NeighborResult AdultSyntheticToTrain() => NearestNeighbors.Search(_adultSynthetic, _adultTrain, 1);

    /// <summary>100,000 × 100,000 rows, 14 columns (6 numeric with missing values, 8 categorical), k = 1.</summary>
    [Benchmark]
    public NeighborResult Random100kBy100k() => NearestNeighbors.Search(_bigQuery, _bigReference, 1);
}
