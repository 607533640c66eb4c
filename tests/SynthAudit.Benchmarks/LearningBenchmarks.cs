using BenchmarkDotNet.Attributes;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Learning;
using SynthAudit.Testing;

namespace SynthAudit.Benchmarks;

/// <summary>Training cost of the learners on the Adult train split (22,793 rows, 14 features, target income-per-year).</summary>
[MemoryDiagnoser]
public class LearningBenchmarks
{
    private Table _train = null!;
    private string[] _features = [];
    private BinnedMatrix _bins = null!;
    private FeatureMatrix _encoded = null!;
    private int[] _labels = [];
    private bool[] _positive = [];

    /// <summary>Loads and encodes the Adult train split.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var file = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var schema = SchemaInference.Infer(file, new SchemaOptions { Target = "income-per-year" }).Schema;
        _train = TableAligner.Align(schema, file).Real;
        _features = schema.Used.Where(c => c.Role != ColumnRole.Target).Select(c => c.Name).ToArray();
        var target = (CategoricalColumn)_train["income-per-year"];
        var positive = target.Levels.IndexOf(">50K");
        _labels = target.Codes.Select(c => c == positive ? 1 : 0).ToArray();
        _positive = _labels.Select(l => l == 1).ToArray();
        _bins = FeatureBinner.Fit(_train, _features).Transform(_train);
        _encoded = FeatureEncoder.Fit(_train, _features).Transform(_train);
    }

    /// <summary>200 boosting rounds, no early stopping, both cores (the 1.5 s target).</summary>
    [Benchmark]
    public GradientBoostingModel Boosting200Rounds() =>
        GradientBoosting.FitClassifier(_bins, _labels, 2, new GradientBoostingOptions(MaxIterations: 200, EarlyStopping: EarlyStoppingMode.Off),
            new DeterministicRandom(0), new ParallelOptions());

    /// <summary>scikit-learn defaults (100 rounds, early stopping on 10 % validation).</summary>
    [Benchmark]
    public GradientBoostingModel BoostingDefaults() =>
        GradientBoosting.FitClassifier(_bins, _labels, 2, null, new DeterministicRandom(0), new ParallelOptions());

    /// <summary>Quantising the 14 feature columns.</summary>
    [Benchmark]
    public BinnedMatrix Binning() => FeatureBinner.Fit(_train, _features).Transform(_train);

    /// <summary>L2 logistic regression (Newton) on the one-hot encoded features.</summary>
    [Benchmark]
    public LogisticRegressionModel LogisticRegressionFit() => LogisticRegression.Fit(_encoded, _positive, null, new ParallelOptions());
}
