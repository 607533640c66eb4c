using System.Collections.Immutable;
using SynthAudit.Core.Csv;
using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Schema;
using SynthAudit.Metrics.Utility;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Utility;

public sealed class UtilityMetricsTests
{
    [Fact]
    public void Create_ReturnsTheFourContractMetricsInOrder()
    {
        // Act
        var ids = UtilityMetrics.Create().Select(m => m.Descriptor.Id).ToArray();

        // Assert
        Assert.Equal([MetricIds.Trtr, MetricIds.Tstr, MetricIds.UtilityRatio, MetricIds.FeatureImportanceAgreement], ids);
    }

    [Fact]
    public void Compute_SyntheticIsCopyOfReal_ScoresParity()
    {
        // Arrange
        var real = UtilityTestData.Population(1200, 1);
        var input = UtilityTestData.Input(real, real, UtilityTestData.Population(600, 3));
        var context = UtilityTestData.Context();

        // Act
        var results = ComputeAll(input, context);

        // Assert
        Assert.All(results, r => Assert.Equal(MetricStatus.Ok, r.Status));
        Assert.Equal(results[0].Value, results[1].Value);
        Tolerance.Equal(1.0, results[2].Value!.Value, 1e-12);
        Tolerance.Equal(1.0, results[3].Value!.Value, 1e-12);
        Assert.True(results[0].Ci!.Value.Contains(results[0].Value!.Value));
    }

    [Fact]
    public void Compute_IndependentSampleOfSamePopulation_SitsNearParity()
    {
        // Arrange
        var input = UtilityTestData.Input(UtilityTestData.Population(1500, 1), UtilityTestData.Population(1500, 2), UtilityTestData.Population(800, 3));

        // Act
        var ratio = new UtilityRatioMetric().Compute(input, UtilityTestData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(MetricStatus.Ok, ratio.Status);
        Assert.InRange(ratio.Value!.Value, 0.95, 1.05);
        Assert.True(ratio.Ci!.Value.Contains(1.0));
        Assert.Equal(1.0, ratio.Baseline);
    }

    [Fact]
    public void Compute_SyntheticWithoutSignal_LosesUtility()
    {
        // Arrange: the synthetic labels are independent of the features.
        var input = UtilityTestData.Input(UtilityTestData.Population(1500, 1), UtilityTestData.Population(1500, 2, informative: false),
            UtilityTestData.Population(800, 3));
        var context = UtilityTestData.Context();

        // Act
        var tstr = new TstrMetric().Compute(input, context, CancellationToken.None);
        var ratio = new UtilityRatioMetric().Compute(input, context, CancellationToken.None);

        // Assert
        Assert.InRange(tstr.Value!.Value, 0.3, 0.7);
        Assert.True(ratio.Ci!.Value.High < 0.85);
        Assert.True(tstr.Baseline > 0.8);
    }

    [Fact]
    public void Compute_BinaryTarget_ReportsBothModelsAndRocFigure()
    {
        // Arrange
        var input = UtilityTestData.Input(UtilityTestData.Population(1000, 1), UtilityTestData.Population(1000, 2), UtilityTestData.Population(500, 3));

        // Act
        var tstr = new TstrMetric().Compute(input, UtilityTestData.Context(), CancellationToken.None);

        // Assert
        var keys = tstr.Breakdown.Select(b => b.Key).ToArray();
        Assert.Contains("boosting.auc", keys);
        Assert.Contains("linear.auc", keys);
        Assert.Contains("linear.f1_macro", keys);
        var linear = tstr.Breakdown.Single(b => b.Key == "linear.auc");
        Assert.InRange(linear.Value!.Value, 0.8, 1);
        var figure = Assert.Single(tstr.Figures);
        Assert.Equal(FigureKind.Lines, figure.Kind);
        Assert.Equal(2, figure.Series.Length);
        Assert.All(figure.Series, s => Assert.InRange(s.X.Length, 2, 101));
    }

    [Fact]
    public void Compute_ShuffledSyntheticRows_ChangeNothing()
    {
        // Arrange
        var real = UtilityTestData.Population(1000, 1);
        var synthetic = UtilityTestData.Population(1000, 2);
        var shuffled = synthetic.Take(new Core.Randomness.DeterministicRandom(9).Permutation(synthetic.RowCount));
        var holdout = UtilityTestData.Population(500, 3);

        // Act
        var a = new TstrMetric().Compute(UtilityTestData.Input(real, synthetic, holdout), UtilityTestData.Context(), CancellationToken.None);
        var b = new TstrMetric().Compute(UtilityTestData.Input(real, shuffled, holdout), UtilityTestData.Context(), CancellationToken.None);

        // Assert
        Tolerance.Equal(a.Value!.Value, b.Value!.Value, 1e-9);
    }

    [Fact]
    public void Compute_OneAndTwoThreads_GiveIdenticalResults()
    {
        // Arrange
        var input = UtilityTestData.Input(UtilityTestData.Population(1000, 1), UtilityTestData.Population(1000, 2), null);

        // Act
        var one = ComputeAll(input, UtilityTestData.Context(threads: 1));
        var two = ComputeAll(input, UtilityTestData.Context(threads: 2));

        // Assert
        for (var i = 0; i < one.Length; i++)
        {
            Assert.Equal(one[i].Value, two[i].Value);
            Assert.Equal(one[i].Ci, two[i].Ci);
            Assert.Equal(one[i].Breakdown.Select(e => e.Value).ToArray(), two[i].Breakdown.Select(e => e.Value).ToArray());
        }
    }

    [Fact]
    public void Compute_NoHoldout_WarnsAboutInternalSplit()
    {
        // Arrange
        var input = UtilityTestData.Input(UtilityTestData.Population(800, 1), UtilityTestData.Population(800, 2), null);
        var context = UtilityTestData.Context();

        // Act
        var trtr = new TrtrMetric().Compute(input, context, CancellationToken.None);

        // Assert
        Assert.Equal(MetricStatus.Ok, trtr.Status);
        Assert.Contains(context.Warnings, w => w.Contains("no holdout", StringComparison.Ordinal));
        Assert.Contains(trtr.Breakdown, e => e.Key == "rows.evaluation" && e.Value is >= 239 and <= 241);
    }

    [Fact]
    public void Compute_NumericTarget_UsesRSquaredAndErrorRatio()
    {
        // Arrange
        var input = UtilityTestData.Input(UtilityTestData.Population(1000, 1), UtilityTestData.Population(1000, 2), UtilityTestData.Population(500, 3), "amount");
        var context = UtilityTestData.Context();

        // Act
        var trtr = new TrtrMetric().Compute(input, context, CancellationToken.None);
        var ratio = new UtilityRatioMetric().Compute(input, context, CancellationToken.None);
        var agreement = new FeatureImportanceAgreementMetric().Compute(input, context, CancellationToken.None);

        // Assert
        Assert.InRange(trtr.Value!.Value, 0.8, 1);
        Assert.Contains(trtr.Breakdown, e => e.Key == "linear.r2" && e.Value > 0.8);
        Assert.InRange(ratio.Value!.Value, 0.85, 1.15);
        Assert.Contains(ratio.Breakdown, e => e.Key == "boosting.r2_difference");
        Assert.Equal(MetricStatus.Ok, agreement.Status);
    }

    [Fact]
    public void Compute_MulticlassTarget_UsesMacroOneVersusRestAuc()
    {
        // Arrange: colour as a three-class target, predicted from amount.
        var real = UtilityTestData.Population(1000, 1);
        var schema = new TableSchema([
            new ColumnSchema("x", ColumnKind.Numeric, ColumnRole.Feature),
            new ColumnSchema("colour", ColumnKind.Categorical, ColumnRole.Target),
            new ColumnSchema("noise", ColumnKind.Numeric, ColumnRole.Feature),
            new ColumnSchema("label", ColumnKind.Categorical, ColumnRole.Feature),
            new ColumnSchema("amount", ColumnKind.Numeric, ColumnRole.Feature),
        ]);
        var input = new AuditInput(real, UtilityTestData.Population(1000, 2), UtilityTestData.Population(500, 3), schema);

        // Act
        var tstr = new TstrMetric().Compute(input, UtilityTestData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(MetricStatus.Ok, tstr.Status);
        Assert.Contains(tstr.Breakdown, e => e.Key == "boosting.auc_macro_ovr");
        Assert.InRange(tstr.Value!.Value, 0.6, 1);
        Assert.Empty(tstr.Figures);
    }

    [Fact]
    public void Compute_SyntheticWithOneClass_SkipsWithReason()
    {
        // Arrange
        var synthetic = UtilityTestData.Population(500, 2);
        var label = (CategoricalColumn)synthetic["label"];
        var oneClass = synthetic.With(new CategoricalColumn("label", new int[synthetic.RowCount], label.Levels));
        var input = UtilityTestData.Input(UtilityTestData.Population(500, 1), oneClass, UtilityTestData.Population(300, 3));
        var context = UtilityTestData.Context();

        // Act
        var results = ComputeAll(input, context);

        // Assert
        Assert.Equal(MetricStatus.Ok, results[0].Status);
        Assert.All(results.Skip(1), r =>
        {
            Assert.Equal(MetricStatus.Skipped, r.Status);
            Assert.Contains("only one class in the synthetic data", r.Reason, StringComparison.Ordinal);
        });
        Assert.Null(UtilityModelCache.GetBinaryPredictions(input, context, CancellationToken.None));
    }

    [Fact]
    public void Compute_RealWithOneClass_SkipsWithReason()
    {
        // Arrange
        var real = UtilityTestData.Population(300, 1);
        var label = (CategoricalColumn)real["label"];
        var oneClass = real.With(new CategoricalColumn("label", Enumerable.Repeat(1, real.RowCount).ToArray(), label.Levels));
        var input = UtilityTestData.Input(oneClass, UtilityTestData.Population(300, 2), UtilityTestData.Population(300, 3));

        // Act
        var results = ComputeAll(input, UtilityTestData.Context());

        // Assert
        Assert.All(results, r => Assert.Contains("only one class in the real training rows", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_IdentifierTarget_SkipsWithReason()
    {
        // Arrange
        var real = UtilityTestData.Population(200, 1);
        var schema = UtilityTestData.Schema("label", ColumnKind.Identifier);
        var input = new AuditInput(real, UtilityTestData.Population(200, 2), null, schema);

        // Act
        var results = ComputeAll(input, UtilityTestData.Context());

        // Assert
        Assert.All(results, r => Assert.Contains("identifier", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_NumericTargetWithoutVariance_SkipsWithReason()
    {
        // Arrange
        var real = UtilityTestData.Population(200, 1).With(new NumericColumn("amount", Enumerable.Repeat(3.0, 200).ToArray()));
        var input = UtilityTestData.Input(real, UtilityTestData.Population(200, 2), null, "amount");

        // Act
        var results = ComputeAll(input, UtilityTestData.Context());

        // Assert
        Assert.All(results, r => Assert.Contains("no variance", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_AllFeaturesExcluded_SkipsWithReason()
    {
        // Arrange
        var real = UtilityTestData.Population(200, 1);
        var schema = new TableSchema(UtilityTestData.Schema("label").Columns
            .Select(c => c.Role == ColumnRole.Target ? c : c with { Role = ColumnRole.Excluded }).ToImmutableArray());
        var input = new AuditInput(real, UtilityTestData.Population(200, 2), null, schema);

        // Act
        var results = ComputeAll(input, UtilityTestData.Context());

        // Assert
        Assert.All(results, r => Assert.Contains("no feature columns", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_MissingTargets_AreDroppedAndCounted()
    {
        // Arrange: the first 50 synthetic labels are missing.
        var synthetic = UtilityTestData.Population(600, 2);
        var label = (CategoricalColumn)synthetic["label"];
        var codes = (int[])label.Codes.Clone();
        Array.Fill(codes, CategoricalColumn.MissingCode, 0, 50);
        var input = UtilityTestData.Input(UtilityTestData.Population(600, 1), synthetic.With(new CategoricalColumn("label", codes, label.Levels)), null);

        // Act
        var tstr = new TstrMetric().Compute(input, UtilityTestData.Context(), CancellationToken.None);

        // Assert
        Assert.Equal(MetricStatus.Ok, tstr.Status);
        Assert.Contains(tstr.Warnings, w => w.Contains("50 synthetic rows", StringComparison.Ordinal));
        Assert.Contains(tstr.Breakdown, e => e.Key == "rows.train" && e.Value == 550);
    }

    [Fact]
    public void Compute_AdultDefaults_TrtrAucReachesScikitLearn()
    {
        // Arrange: Adult train -> holdout (scikit-learn HistGradientBoostingClassifier defaults: 0.927).
        var real = CsvTableReader.Read(Fixtures.Path("adult", "train.csv"));
        var holdout = CsvTableReader.Read(Fixtures.Path("adult", "holdout.csv"));
        var schema = SchemaInference.Infer(real, new SchemaOptions { Target = "income-per-year" }).Schema;
        var aligned = TableAligner.Align(schema, real, holdout: holdout);
        var input = new AuditInput(aligned.Real, aligned.Real, aligned.Holdout, schema);

        // Act
        var trtr = new TrtrMetric().Compute(input, UtilityTestData.Context(resamples: 20), CancellationToken.None);

        // Assert
        Assert.Equal(MetricStatus.Ok, trtr.Status);
        Assert.True(trtr.Value >= 0.925, "AUC " + trtr.Value);
        Assert.Contains(trtr.Breakdown, e => e.Key == "boosting.auc" && e.Note!.Contains(">50K", StringComparison.Ordinal));
    }

    private static MetricResult[] ComputeAll(AuditInput input, MetricContext context) =>
        UtilityMetrics.Create().Select(m => m.Compute(input, context, CancellationToken.None)).ToArray();
}
