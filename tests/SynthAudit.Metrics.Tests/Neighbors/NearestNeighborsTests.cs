using SynthAudit.Core.Data;
using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Neighbors;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Neighbors;

public sealed class NearestNeighborsTests
{
    [Fact]
    public void Distance_WorkedExample_Returns035()
    {
        // Arrange: docs/metrics.md 1.3, age range 50, income range 100000, sex and city categorical, city missing in both.
        var levels = new[] { "F", "M" };
        var cities = new[] { "X" };
        var reference = new TableBuilder().Numeric("age", 20, 70).Numeric("income", 0, 100000)
            .Categorical("sex", levels, "F", "M").Categorical("city", cities, "X", "X").Build();
        var rows = new TableBuilder().Numeric("age", 30, 40).Numeric("income", 50000, 70000)
            .Categorical("sex", levels, "F", "M").Categorical("city", cities, null, null).Build();
        var encoding = new GowerEncoding(["age", "income", "sex", "city"], reference);
        var m = encoding.Encode(rows);

        // Act
        var d = encoding.Distance(m, 0, m, 1);
        var search = NearestNeighbors.Search(m, m, 1, excludeSelf: true);

        // Assert
        Tolerance.Equal(0.35, d);
        Tolerance.Equal(0.35, search.Distance(0));
        Assert.Equal(1, search.Index(0));
    }

    [Fact]
    public void Distance_MissingAndConstantColumns_FollowConventions()
    {
        // Arrange: "c" is constant in the reference (range 0): equal → 0, different → 1; one missing → 1, both → 0.
        var reference = new TableBuilder().Numeric("c", 5, 5).Numeric("x", 0, 10).Build();
        var rows = new TableBuilder().Numeric("c", 5, 6, double.NaN, double.NaN).Numeric("x", 0, 30, double.NaN, 2).Build();
        var encoding = new GowerEncoding(["c", "x"], reference);
        var m = encoding.Encode(rows);

        // Act / Assert: row 0 vs 1: c differs (1), x clamps to 1 → 1; row 2 vs 3: both-missing c (0), one-missing x (1) → 0.5.
        Tolerance.Equal(1.0, encoding.Distance(m, 0, m, 1));
        Tolerance.Equal(0.5, encoding.Distance(m, 2, m, 3));
        Tolerance.Equal(1.0, encoding.Distance(m, 0, m, 2));
    }

    [Theory]
    [InlineData(1, false, 1000, true)]
    [InlineData(3, false, 50, true)]
    [InlineData(2, true, 3, true)]
    [InlineData(10, true, 1000, true)]
    [InlineData(1, false, 1000, false)]
    [InlineData(4, true, 3, false)]
    public void Search_RandomMixedData_EqualsNaiveDoubleLoop(int k, bool excludeSelf, int numericLevels, bool wide)
    {
        // Arrange: mixed columns with missing values; numericLevels = 3 makes many exact ties (exercises the fallback).
        var rng = new DeterministicRandom(42);
        var reference = RandomTable(rng, 400, numericLevels);
        var queryTable = excludeSelf ? reference : RandomTable(rng, 100, numericLevels);
        var names = reference.Columns.Select(c => c.Name).ToArray();
        var encoding = new GowerEncoding(names, reference);
        var r = encoding.Encode(reference);
        var q = excludeSelf ? r : encoding.Encode(queryTable);

        // Act
        var result = NearestNeighbors.Search(q, r, k, null, null, excludeSelf, null, wide);

        // Assert
        for (var i = 0; i < queryTable.RowCount; i++)
        {
            var naive = Naive(queryTable, i, reference, encoding, excludeSelf ? i : -1);
            for (var rank = 0; rank < k; rank++)
            {
                Assert.Equal(naive[rank].Index, result.Index(i, rank));
                Assert.Equal(naive[rank].Distance, result.Distance(i, rank));
            }
        }
    }

    [Fact]
    public void Search_ManyExactTies_RescansInDoubleAndStaysExact()
    {
        // Arrange: two numeric levels and two categories: most distances tie exactly, so shortlists cannot be trusted.
        var rng = new DeterministicRandom(9);
        var reference = RandomTable(rng, 200, 2);
        var encoding = new GowerEncoding(reference.Columns.Select(c => c.Name).ToArray(), reference);
        var r = encoding.Encode(reference);
        var before = NearestNeighbors.FallbackCount;

        // Act
        var result = NearestNeighbors.Search(r, r, 3, excludeSelf: true);

        // Assert
        Assert.True(NearestNeighbors.FallbackCount > before);
        for (var i = 0; i < reference.RowCount; i++)
        {
            var naive = Naive(reference, i, reference, encoding, i);
            Assert.Equal(naive.Take(3).Select(x => x.Index), Enumerable.Range(0, 3).Select(k => result.Index(i, k)));
        }
    }

    [Fact]
    public void Search_ColumnSubsetAndQueryRows_EqualsNaiveOnThoseColumns()
    {
        // Arrange
        var rng = new DeterministicRandom(7);
        var reference = RandomTable(rng, 300, 1000);
        var queryTable = RandomTable(rng, 80, 1000);
        var names = reference.Columns.Select(c => c.Name).ToArray();
        var encoding = new GowerEncoding(names, reference);
        var r = encoding.Encode(reference);
        var q = encoding.Encode(queryTable);
        int[] columns = [0, 3, 4];
        int[] rows = [5, 2, 70, 2];

        // Act
        var result = NearestNeighbors.Search(q, r, 2, rows, columns);

        // Assert
        var sub = new GowerEncoding(columns.Select(c => names[c]).ToArray(), reference);
        for (var i = 0; i < rows.Length; i++)
        {
            var naive = Naive(queryTable.Select(sub.Columns), rows[i], reference.Select(sub.Columns), sub, -1);
            Assert.Equal(naive[0].Index, result.Index(i, 0));
            Assert.Equal(naive[1].Index, result.Index(i, 1));
            Tolerance.Equal(naive[0].Distance, result.Distance(i, 0), 1e-15);
        }
    }

    [Fact]
    public void Search_OneOrTwoThreads_GiveIdenticalResults()
    {
        // Arrange
        var rng = new DeterministicRandom(3);
        var reference = RandomTable(rng, 500, 5);
        var encoding = new GowerEncoding(reference.Columns.Select(c => c.Name).ToArray(), reference);
        var r = encoding.Encode(reference);

        // Act
        var one = NearestNeighbors.Search(r, r, 3, excludeSelf: true, options: new ParallelOptions { MaxDegreeOfParallelism = 1 });
        var two = NearestNeighbors.Search(r, r, 3, excludeSelf: true, options: new ParallelOptions { MaxDegreeOfParallelism = 2 });

        // Assert
        Assert.Equal(one.Indices, two.Indices);
        Assert.Equal(one.Distances, two.Distances);
    }

    [Fact]
    public void Search_FewerReferencesThanK_PadsWithMinusOne()
    {
        // Arrange
        var reference = new TableBuilder().Numeric("x", 0, 1).Build();
        var encoding = new GowerEncoding(["x"], reference);
        var r = encoding.Encode(reference);

        // Act
        var result = NearestNeighbors.Search(r, r, 3, excludeSelf: true);

        // Assert
        Assert.Equal(1, result.Index(0, 0));
        Assert.Equal(-1, result.Index(0, 1));
        Tolerance.Equal(1.0, result.Distance(0, 0));
    }

    internal static Table RandomTable(DeterministicRandom rng, int n, int numericLevels)
    {
        var a = new double[n];
        var b = new double[n];
        var c = new string?[n];
        var d = new string?[n];
        var e = new double[n];
        string[] levels = ["u", "v", "w", "x"];
        for (var i = 0; i < n; i++)
        {
            a[i] = rng.NextDouble() < 0.05 ? double.NaN : rng.NextInt(numericLevels) * 1.7;
            b[i] = rng.NextDouble() < 0.05 ? double.NaN : rng.NextGaussian() * 10;
            c[i] = rng.NextDouble() < 0.05 ? null : levels[rng.NextInt(4)];
            d[i] = rng.NextDouble() < 0.05 ? null : levels[rng.NextInt(2)];
            e[i] = rng.NextInt(numericLevels);
        }

        return new TableBuilder().Numeric("a", a).Numeric("b", b).Categorical("c", levels, c).Categorical("d", levels, d).Numeric("e", e).Build();
    }

    /// <summary>The naive reference: every distance in double, sorted by (distance, index).</summary>
    internal static List<(int Index, double Distance)> Naive(Table query, int row, Table reference, GowerEncoding encoding, int self)
    {
        var list = new List<(int Index, double Distance)>();
        for (var r = 0; r < reference.RowCount; r++)
        {
            if (r == self)
            {
                continue;
            }

            double sum = 0;
            for (var j = 0; j < encoding.ColumnCount; j++)
            {
                sum += NaiveTerm(query[encoding.Columns[j]], row, reference[encoding.Columns[j]], r, encoding.Range[j]);
            }

            list.Add((r, sum / encoding.ColumnCount));
        }

        return [.. list.OrderBy(x => x.Distance).ThenBy(x => x.Index)];
    }

    private static double NaiveTerm(Column a, int i, Column b, int j, double range)
    {
        if (a.IsMissing(i) || b.IsMissing(j))
        {
            return a.IsMissing(i) && b.IsMissing(j) ? 0 : 1;
        }

        if (a is CategoricalColumn ca)
        {
            return ca.Codes[i] == ((CategoricalColumn)b).Codes[j] ? 0 : 1;
        }

        var x = ((NumericColumn)a).Values[i];
        var y = ((NumericColumn)b).Values[j];
        return range == 0 ? (x == y ? 0 : 1) : Math.Min(1, Math.Abs(x - y) / range);
    }
}
