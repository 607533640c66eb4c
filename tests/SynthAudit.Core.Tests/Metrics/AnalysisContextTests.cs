using SynthAudit.Core.Data;
using SynthAudit.Core.Metrics;
using SynthAudit.Core.Randomness;
using SynthAudit.Core.Schema;
using SynthAudit.Testing;
using Xunit;

namespace SynthAudit.Core.Tests.Metrics;

/// <summary>Shared analyses are computed once per scope: per input set, or once per real data for every synthetic set.</summary>
public sealed class AnalysisContextTests
{
    private static readonly TableSchema s_schema = new([new ColumnSchema("x", ColumnKind.Numeric, ColumnRole.Feature)]);

    [Fact]
    public void Get_InputSetKeyAskedTwice_ComputedOnceSameInstance()
    {
        // Arrange
        var counter = new Counter();
        var key = new AnalysisKey<object>("test.input", AnalysisScope.InputSet, (_, _) => counter.Next());
        var input = Input(Table(1, 2, 3), Table(4, 5));
        var context = new MetricContext(new SeedSource(0));

        // Act
        var first = context.Analyses(input).Get(key, CancellationToken.None);
        var second = context.Analyses(input).Get(key, CancellationToken.None);

        // Assert
        Assert.Same(first, second);
        Assert.Equal(1, counter.Count);
        Assert.Equal(1, context.Analyses(input).ComputedCount(key));
    }

    [Fact]
    public void Get_ManyConcurrentCallers_ComputedOnce()
    {
        // Arrange
        var counter = new Counter();
        var key = new AnalysisKey<object>("test.slow", AnalysisScope.InputSet, (_, _) =>
        {
            Thread.Sleep(50);
            return counter.Next();
        });
        var input = Input(Table(1, 2, 3), Table(4, 5));
        var context = new MetricContext(new SeedSource(0));
        var results = new object[16];

        // Act
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => results[i] = context.Analyses(input).Get(key, CancellationToken.None));

        // Assert
        Assert.Equal(1, counter.Count);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public void Get_TwoSyntheticSetsOneRealDataStore_RealScopeComputedOnceInputScopeTwice()
    {
        // Arrange
        var real = Table(1, 2, 3);
        var holdout = Table(7, 8);
        var shared = new RealDataAnalyses();
        var realKey = new AnalysisKey<object>("test.real", AnalysisScope.RealData, (_, _) => new object());
        var setKey = new AnalysisKey<object>("test.set", AnalysisScope.InputSet, (_, _) => new object());
        var a = Input(real, Table(4, 5), holdout);
        var b = Input(real, Table(6), holdout);
        var contextA = new MetricContext(new SeedSource(3), 10, shared: shared);
        var contextB = new MetricContext(new SeedSource(3), 10, shared: shared);

        // Act
        var realA = contextA.Analyses(a).Get(realKey, CancellationToken.None);
        var realB = contextB.Analyses(b).Get(realKey, CancellationToken.None);
        var setA = contextA.Analyses(a).Get(setKey, CancellationToken.None);
        var setB = contextB.Analyses(b).Get(setKey, CancellationToken.None);

        // Assert
        Assert.Same(realA, realB);
        Assert.NotSame(setA, setB);
        Assert.Equal(1, shared.ComputedCount(realKey));
        Assert.Equal(0, shared.ComputedCount(setKey));
        Assert.Equal(1, contextA.Analyses(a).ComputedCount(setKey));
        Assert.Equal(1, contextB.Analyses(b).ComputedCount(setKey));
    }

    [Fact]
    public void Get_RealScopeOtherSeedOrOtherRealTable_ComputedAgain()
    {
        // Arrange
        var real = Table(1, 2, 3);
        var shared = new RealDataAnalyses();
        var key = new AnalysisKey<object>("test.real", AnalysisScope.RealData, (_, _) => new object());
        var synthetic = Table(4, 5);

        // Act
        var first = new MetricContext(new SeedSource(1), shared: shared).Analyses(Input(real, synthetic)).Get(key, CancellationToken.None);
        var otherSeed = new MetricContext(new SeedSource(2), shared: shared).Analyses(Input(real, synthetic)).Get(key, CancellationToken.None);
        var otherReal = new MetricContext(new SeedSource(1), shared: shared).Analyses(Input(Table(1, 2, 3), synthetic)).Get(key, CancellationToken.None);
        var again = new MetricContext(new SeedSource(1), shared: shared).Analyses(Input(real, Table(9))).Get(key, CancellationToken.None);

        // Assert
        Assert.NotSame(first, otherSeed);
        Assert.NotSame(first, otherReal);
        Assert.Same(first, again);
        Assert.Equal(3, shared.ComputedCount(key));
    }

    [Fact]
    public void Get_ArgumentKey_OneResultPerDistinctArgument()
    {
        // Arrange
        var key = new AnalysisKey<int, string>("test.argument", AnalysisScope.InputSet, (_, n, _) => new string('x', n));
        var analyses = new MetricContext(new SeedSource(0)).Analyses(Input(Table(1), Table(2)));

        // Act
        var two = analyses.Get(key, 2, CancellationToken.None);
        var twoAgain = analyses.Get(key, 2, CancellationToken.None);
        var three = analyses.Get(key, 3, CancellationToken.None);

        // Assert
        Assert.Same(two, twoAgain);
        Assert.Equal("xxx", three);
        Assert.Equal(2, analyses.ComputedCount(key));
    }

    [Fact]
    public void Get_AnalysisAsksForAnother_GetsTheSharedOne()
    {
        // Arrange
        var inner = new AnalysisKey<object>("test.inner", AnalysisScope.RealData, (_, _) => new object());
        var outer = new AnalysisKey<object[]>("test.outer", AnalysisScope.InputSet, (a, ct) => [a.Get(inner, ct)]);
        var analyses = new MetricContext(new SeedSource(0)).Analyses(Input(Table(1), Table(2)));

        // Act
        var viaOuter = analyses.Get(outer, CancellationToken.None)[0];
        var direct = analyses.Get(inner, CancellationToken.None);

        // Assert
        Assert.Same(direct, viaOuter);
    }

    private static Table Table(params double[] values) => new TableBuilder().Numeric("x", values).Build();

    private static AuditInput Input(Table real, Table synthetic, Table? holdout = null) => new(real, synthetic, holdout, s_schema);

    private sealed class Counter
    {
        private int _count;

        public int Count => _count;

        public object Next()
        {
            Interlocked.Increment(ref _count);
            return new object();
        }
    }
}
