using BenchmarkDotNet.Attributes;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Fairness;
using SynthAudit.Metrics.Utility;
using SynthAudit.Testing;

namespace SynthAudit.Benchmarks;

/// <summary>The fairness metrics on Adult (22,793 train rows, sex and race, target income-per-year, 200 bootstrap resamples).</summary>
[MemoryDiagnoser]
public class FairnessBenchmarks
{
    private AuditInput _input = null!;
    private HoldoutPredictions _predictions = null!;

    /// <summary>Loads Adult and builds an independent-columns synthetic set and synthetic holdout scores from a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var holdout = CsvTableReader.Read(Fixtures.Path("adult", "holdout.csv"));
        var schema = SchemaInference.Infer(real, new SchemaOptions { Target = "income-per-year", Sensitive = ["sex", "race"] }).Schema;
        var aligned = TableAligner.Align(schema, real, synthetic: real, holdout: holdout);
        var random = new DeterministicRandom(1);
        var synthetic = new Table("synthetic", aligned.Real.Columns.Select(c => c.Take(random.Permutation(aligned.Real.RowCount))));
        _input = new AuditInput(aligned.Real, synthetic, aligned.Holdout, schema);

        var evaluation = aligned.Holdout!;
        var target = (CategoricalColumn)evaluation["income-per-year"];
        var positive = target.Levels.IndexOf(">50K");
        var rows = Enumerable.Range(0, evaluation.RowCount).Where(i => target.Codes[i] >= 0).ToArray();
        var actual = rows.Select(i => target.Codes[i] == positive).ToArray();
        var trtr = actual.Select(a => Math.Clamp((a ? 0.65 : 0.35) + 0.3 * random.NextGaussian(), 0, 1)).ToArray();
        var tstr = actual.Select(a => Math.Clamp((a ? 0.6 : 0.4) + 0.3 * random.NextGaussian(), 0, 1)).ToArray();
        _predictions = new HoldoutPredictions("income-per-year", ">50K", evaluation, rows, actual, trtr, tstr);
    }

    /// <summary>fairness.representation.</summary>
    [Benchmark]
    public double? Representation() => new RepresentationMetric().Compute(_input, NewContext(), CancellationToken.None).Value;

    /// <summary>fairness.parity_gap.</summary>
    [Benchmark]
    public double? ParityGap() => new ParityGapMetric().Compute(_input, NewContext(), CancellationToken.None).Value;

    /// <summary>fairness.equalized_odds_gap from given holdout scores.</summary>
    [Benchmark]
    public double? EqualizedOddsGap() => new EqualizedOddsGapMetric().Compute(_input, _predictions, NewContext(), CancellationToken.None).Value;

    /// <summary>All four fairness metrics sharing one context (groups, label and model analyses computed once).</summary>
    [Benchmark]
    public double? AllFour()
    {
        var context = NewContext();
        new RepresentationMetric().Compute(_input, context, CancellationToken.None);
        new ParityGapMetric().Compute(_input, context, CancellationToken.None);
        new EqualizedOddsGapMetric().Compute(_input, _predictions, context, CancellationToken.None);
        return new BiasAmplificationMetric().Compute(_input, _predictions, context, CancellationToken.None).Value;
    }

    private static MetricContext NewContext() => new(new SeedSource(0));
}
