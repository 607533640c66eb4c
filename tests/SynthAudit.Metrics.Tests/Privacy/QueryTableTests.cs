using SynthAudit.Core.Data;
using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Privacy;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Privacy;

/// <summary>The singling-out count (codes, 64-row masks, SIMD) against the plain row-by-row loop it replaced.</summary>
public sealed class QueryTableTests
{
    private static readonly int[] Widths = [512, 256, 128, 0];

    [Theory]
    [InlineData(1, 1)]
    [InlineData(63, 2)]
    [InlineData(64, 3)]
    [InlineData(65, 4)]
    [InlineData(200, 5)]
    [InlineData(1000, 6)]
    public void Count_RandomQueriesWithMissingValues_EqualsPlainLoop(int rows, int seed)
    {
        // Arrange: the queries draw values from another table too, so some values are absent from the counted table.
        var rng = new DeterministicRandom((ulong)seed);
        var table = RandomTable(rng, rows);
        var other = RandomTable(rng, 50);
        var columns = table.Columns.Select(c => c.Name).ToArray();
        var queryTable = new QueryTable(table, columns);
        var source = new QueryTable(other, columns);

        // Act / Assert
        for (var q = 0; q < 400; q++)
        {
            var query = RandomQuery(rng, rng.NextDouble() < 0.5 ? queryTable : source, columns.Length);
            foreach (var limit in new[] { 1, 2, int.MaxValue })
            {
                var expected = PlainCount(queryTable, query, limit);
                foreach (var bits in Widths)
                {
                    Assert.Equal(expected, queryTable.Count(query, limit, bits));
                }
            }
        }
    }

    [Fact]
    public void Count_SpecialValues_FollowThePlainComparisons()
    {
        // Arrange: −0 and +0 are equal, NaN meets only != and "is missing", categorical codes outside the levels.
        var table = new TableBuilder().Numeric("x", -0.0, 0.0, double.NaN, 1, double.PositiveInfinity)
            .Categorical("c", ["a", "b"], "a", null, "b", "a", null).Build();
        var queryTable = new QueryTable(table, ["x", "c"]);
        double[] values = [0.0, -0.0, double.NaN, 1, 0.5, double.PositiveInfinity, double.NegativeInfinity, -1, 2, 7];

        // Act / Assert
        foreach (var op in Enum.GetValues<ConditionOp>())
        {
            foreach (var v in values)
            {
                foreach (var column in new[] { 0, 1 })
                {
                    var query = new SinglingOutQuery(new Condition(column, op, v));
                    Assert.Equal(PlainCount(queryTable, query, int.MaxValue), queryTable.Count(query));
                }
            }
        }
    }

    [Fact]
    public void Count_WideDomains_UseWiderCodesAndStayEqual()
    {
        // Arrange: 300 distinct values need ushort codes, 70,000 need uint codes.
        var rng = new DeterministicRandom(11);
        var n = 70_000;
        var small = new double[n];
        var mid = new double[n];
        var wide = new double[n];
        for (var i = 0; i < n; i++)
        {
            small[i] = i % 7 == 0 ? double.NaN : rng.NextInt(200);
            mid[i] = rng.NextInt(300);
            wide[i] = i % 50 == 0 ? double.NaN : i;
        }

        var table = new TableBuilder().Numeric("small", small).Numeric("mid", mid).Numeric("wide", wide).Build();
        var queryTable = new QueryTable(table, ["small", "mid", "wide"]);

        // Act / Assert
        Assert.Equal([1, 2, 4], queryTable.CodeSizes);
        for (var q = 0; q < 60; q++)
        {
            var query = RandomQuery(rng, queryTable, 3);
            Assert.Equal(PlainCount(queryTable, query, int.MaxValue), queryTable.Count(query));
            Assert.Equal(PlainCount(queryTable, query, 2), queryTable.Count(query, 2, 0));
        }
    }

    [Fact]
    public void InRange_EveryVectorWidth_EqualsScalarCompareIncludingWraparound()
    {
        // Arrange
        var rng = new DeterministicRandom(5);
        var bytes = new byte[256];
        var shorts = new ushort[256];
        var ints = new uint[256];
        for (var i = 0; i < 256; i++)
        {
            bytes[i] = (byte)rng.NextInt(256);
            shorts[i] = (ushort)rng.NextInt(65536);
            ints[i] = (uint)rng.NextInt(int.MaxValue) * 2;
        }

        // Act / Assert: lo above some codes (the subtraction wraps), width 0 (equality) and the full range.
        for (var t = 0; t < 200; t++)
        {
            var start = rng.NextInt(4) * 64;
            var lo = rng.NextInt(256);
            var width = t % 3 == 0 ? 0 : rng.NextInt(256);
            var wideLo = (uint)rng.NextInt(int.MaxValue);
            foreach (var bits in Widths)
            {
                Assert.Equal(Scalar(bytes, start, x => (byte)(x - lo) <= width), CodeMask.InRange(bytes, start, (byte)lo, (byte)width, bits));
                Assert.Equal(Scalar(shorts, start, x => (ushort)(x - lo * 256) <= width * 200),
                    CodeMask.InRange(shorts, start, (ushort)(lo * 256), (ushort)(width * 200), bits));
                Assert.Equal(Scalar(ints, start, x => x - wideLo <= (uint)width << 20),
                    CodeMask.InRange(ints, start, wideLo, (uint)width << 20, bits));
            }
        }
    }

    private static ulong Scalar<T>(T[] codes, int start, Func<T, bool> inRange)
    {
        ulong mask = 0;
        for (var i = 0; i < 64; i++)
        {
            if (inRange(codes[start + i]))
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    private static Table RandomTable(DeterministicRandom rng, int n)
    {
        var a = new double[n];
        var b = new double[n];
        var c = new string?[n];
        var d = new string?[n];
        string[] levels = ["u", "v", "w", "x", "y"];
        for (var i = 0; i < n; i++)
        {
            a[i] = rng.NextDouble() < 0.1 ? double.NaN : rng.NextInt(6) * 1.5;
            b[i] = rng.NextDouble() < 0.05 ? double.NaN : Math.Round(rng.NextGaussian() * 10, 1);
            c[i] = rng.NextDouble() < 0.1 ? null : levels[rng.NextInt(5)];
            d[i] = levels[rng.NextInt(2)];
        }

        return new TableBuilder().Numeric("a", a).Categorical("c", levels, c).Numeric("b", b).Categorical("d", levels, d).Build();
    }

    /// <summary>A query of 1 to 3 distinct columns, each with a random operator and a value of a random row of <paramref name="source"/>
    /// (sometimes −1, NaN or a code beyond the levels).</summary>
    private static SinglingOutQuery RandomQuery(DeterministicRandom rng, QueryTable source, int p)
    {
        var ops = Enum.GetValues<ConditionOp>();
        var cols = rng.SampleWithoutReplacement(p, 1 + rng.NextInt(Math.Min(3, p)));
        var conditions = new Condition[cols.Length];
        for (var c = 0; c < cols.Length; c++)
        {
            var roll = rng.NextDouble();
            var value = roll < 0.05 ? double.NaN : roll < 0.1 ? -1 : roll < 0.15 ? 9 : source.Value(cols[c], rng.NextInt(source.RowCount));
            conditions[c] = new Condition(cols[c], ops[rng.NextInt(ops.Length)], value);
        }

        return new SinglingOutQuery(conditions);
    }

    /// <summary>The loop <see cref="QueryTable.Count(SinglingOutQuery, int)"/> replaced, row by row on doubles and int codes.</summary>
    private static int PlainCount(QueryTable table, SinglingOutQuery query, int limit)
    {
        var count = 0;
        for (var r = 0; r < table.RowCount; r++)
        {
            var match = true;
            for (var c = 0; c < query.Count && match; c++)
            {
                match = PlainMatches(table, query[c], r);
            }

            if (match && ++count >= limit)
            {
                break;
            }
        }

        return count;
    }

    private static bool PlainMatches(QueryTable table, in Condition c, int row)
    {
        if (table.Numbers[c.Column] is { } values)
        {
            var v = values[row];
            if (double.IsNaN(v))
            {
                return c.Op is ConditionOp.IsMissing or ConditionOp.NotEqual;
            }

            return c.Op switch
            {
                ConditionOp.Equal => v == c.Value,
                ConditionOp.NotEqual => v != c.Value,
                ConditionOp.Less => v < c.Value,
                ConditionOp.LessOrEqual => v <= c.Value,
                ConditionOp.Greater => v > c.Value,
                ConditionOp.GreaterOrEqual => v >= c.Value,
                _ => false,
            };
        }

        var code = table.Codes[c.Column]![row];
        return c.Op switch
        {
            ConditionOp.IsMissing => code < 0,
            ConditionOp.Equal => code >= 0 && code == (int)c.Value,
            ConditionOp.NotEqual => code != (int)c.Value,
            _ => false,
        };
    }
}
