using BenchmarkDotNet.Attributes;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Generation;
using SynthAudit.Generation.Domain;
using SynthAudit.Generation.Mechanisms;
using SynthAudit.Generation.Privacy;
using SynthAudit.Metrics.Privacy.Shadow;
using SynthAudit.Testing;

namespace SynthAudit.Benchmarks;

/// <summary>The in-process parts of one shadow-attack run on Adult (issue 15): MST at ε = 1 on a 1,000-row shadow set,
/// aligning and encoding its output plus the features of 20 targets, and the final analysis of 200 runs x 20 targets.
/// A full <c>attack --builtin mst</c> with 200 runs costs about 200 x (MST + features) / cores + analysis.</summary>
[MemoryDiagnoser]
public class AttackBenchmarks
{
    private CsvFile _train = null!;
    private CsvFile _holdout = null!;
    private CsvFile _shadow = null!;
    private CsvFile _synthetic = null!;
    private TableSchema _schema = null!;
    private DomainSpec _domain = null!;
    private ShadowSpace _space = null!;
    private ShadowFeatureExtractor _extractor = null!;
    private double[][]?[] _features = null!;
    private bool[][] _members = null!;

    /// <summary>Loads Adult, chooses 20 targets, prepares a shadow set and one MST output.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _train = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        _holdout = CsvTableReader.Read(Fixtures.Path("adult", "holdout.csv"));
        _schema = SchemaInference.Infer(_train).Schema;
        var aligned = TableAligner.Align(_schema, _train, null, _holdout);
        _space = new ShadowSpace([.. _schema.Used.Select(c => c.Name)], aligned.Real, aligned.Holdout!);
        var real = _space.Encode(aligned.Real);
        var population = _space.Encode(aligned.Holdout!);
        var targets = OutlierTargetSelector.Select(real, 20, new DeterministicRandom(1));
        var pool = Enumerable.Range(0, population.Count).ToList();
        _extractor = new ShadowFeatureExtractor(real, targets.Rows, population, pool);
        _domain = DomainDrafter.Draft(_holdout);
        _shadow = ToCsv(aligned.Holdout!.Take(Enumerable.Range(0, 1000).ToArray()), "shadow");
        _synthetic = ToCsv(Mst().Synthetic, "synthetic");

        var random = new DeterministicRandom(2);
        _features = new double[200][][];
        _members = new bool[200][];
        for (var r = 0; r < 200; r++)
        {
            _members[r] = [.. Enumerable.Range(0, 20).Select(_ => random.NextDouble() < 0.5)];
            _features[r] = [.. Enumerable.Range(0, 20).Select(_ => Enumerable.Range(0, ShadowFeatureExtractor.FeatureCount).Select(_ => random.NextDouble()).ToArray())];
        }
    }

    /// <summary>One builtin MST run (ε = 1, 1,000 rows in and out), seeded.</summary>
    [Benchmark]
    public int MstShadowRun() => Mst().Synthetic.RowCount;

    /// <summary>Aligning one synthetic output to the real schema, encoding it and computing the features of 20 targets.</summary>
    [Benchmark]
    public int AlignAndFeatures()
    {
        var table = TableAligner.Align(_schema, _train, _synthetic, _holdout).Synthetic!;
        return _extractor.Compute(_space.Encode(table)).Length;
    }

    /// <summary>Training and scoring the attack on 200 runs x 20 targets (five scorers, ε bound).</summary>
    [Benchmark]
    public double Analyze() => ShadowAttackAnalyzer.Analyze(_features, _members, 1e-9).Pooled.Auc;

    private GenerationResult Mst()
    {
        using var random = new SeededDpRandom(1);
        return new MstGenerator().Generate(_shadow, _domain, new GenerationOptions { Budget = new PrivacyBudget(1.0), Rows = 1000, Seed = 1 },
            random, CancellationToken.None);
    }

    private static CsvFile ToCsv(Table table, string name)
    {
        using var buffer = new MemoryStream();
        CsvTableWriter.Write(table, buffer);
        buffer.Position = 0;
        return CsvTableReader.Read(buffer, name);
    }
}
