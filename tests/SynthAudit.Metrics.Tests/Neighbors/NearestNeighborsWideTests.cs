using SynthAudit.Core.Data;
using SynthAudit.Core.Randomness;
using SynthAudit.Metrics.Neighbors;
using SynthAudit.Testing;

namespace SynthAudit.Metrics.Tests.Neighbors;

/// <summary>The 512-bit kernel (byte-coded equality columns, float columns) against the naive double loop, on the column
/// mixes it splits differently: only categorical, only numeric, more than 255 levels, constant numeric columns.</summary>
public sealed class NearestNeighborsWideTests
{
    [Theory]
    [InlineData(1, 1, "mixed")]
    [InlineData(65, 2, "mixed")]
    [InlineData(130, 3, "categorical")]
    [InlineData(129, 4, "numeric")]
    [InlineData(200, 5, "many-levels")]
    [InlineData(64, 6, "constant")]
    public void Search_ColumnMixes_EqualNaiveDoubleLoop(int n, int seed, string mix)
    {
        // Arrange: n not a multiple of 64 (padding), missing values in every kind of column.
        var rng = new DeterministicRandom((ulong)seed);
        var reference = Table(rng, n, mix);
        var queryTable = Table(rng, 37, mix);
        var names = reference.Columns.Select(c => c.Name).ToArray();
        var encoding = new GowerEncoding(names, reference);
        var r = encoding.Encode(reference);
        var q = encoding.Encode(queryTable);
        var k = Math.Min(3, n);

        // Act
        var wide = NearestNeighbors.Search(q, r, k, null, null, false, null, wide: true);
        var narrow = NearestNeighbors.Search(q, r, k, null, null, false, null, wide: false);

        // Assert
        Assert.Equal(narrow.Indices, wide.Indices);
        Assert.Equal(narrow.Distances, wide.Distances);
        for (var i = 0; i < queryTable.RowCount; i++)
        {
            var naive = NearestNeighborsTests.Naive(queryTable, i, reference, encoding, -1);
            for (var rank = 0; rank < k; rank++)
            {
                Assert.Equal(naive[rank].Index, wide.Index(i, rank));
                Assert.Equal(naive[rank].Distance, wide.Distance(i, rank));
            }
        }
    }

    [Fact]
    public void Bytes_EqualityColumnsOnly_AndNullBeyond254Codes()
    {
        // Arrange
        var rng = new DeterministicRandom(8);
        var table = Table(rng, 100, "many-levels");
        var encoding = new GowerEncoding(table.Columns.Select(c => c.Name).ToArray(), table);

        // Act
        var m = encoding.Encode(table);

        // Assert: column 0 numeric (no bytes), 1 categorical with 4 levels (bytes, 255 = missing and padding), 2 with 300 levels.
        Assert.Null(m.Bytes[0]);
        Assert.NotNull(m.Bytes[1]);
        Assert.Equal(128, m.Bytes[1]!.Length);
        Assert.All(m.Bytes[1]!.AsSpan(100).ToArray(), b => Assert.Equal(byte.MaxValue, b));
        Assert.Null(m.Bytes[2]);
    }

    private static Table Table(DeterministicRandom rng, int n, string mix)
    {
        string[] few = ["u", "v", "w", "x"];
        var many = Enumerable.Range(0, 300).Select(i => "l" + i).ToArray();
        var builder = new TableBuilder();
        if (mix is "mixed" or "numeric" or "many-levels" or "constant")
        {
            builder.Numeric("x", Doubles(rng, n, () => Math.Round(rng.NextGaussian(), 1)));
        }

        if (mix is "mixed" or "categorical" or "many-levels")
        {
            builder.Categorical("c", few, Strings(rng, n, few));
        }

        if (mix is "many-levels")
        {
            builder.Categorical("m", many, Strings(rng, n, many));
        }

        if (mix is "numeric")
        {
            builder.Numeric("y", Doubles(rng, n, () => rng.NextInt(5)));
        }

        if (mix is "categorical")
        {
            builder.Categorical("d", few, Strings(rng, n, few[..2]));
        }

        if (mix is "constant")
        {
            builder.Numeric("k", Doubles(rng, n, () => 3));
        }

        return builder.Build();
    }

    private static double[] Doubles(DeterministicRandom rng, int n, Func<double> draw) =>
        [.. Enumerable.Range(0, n).Select(_ => rng.NextDouble() < 0.05 ? double.NaN : draw())];

    private static string?[] Strings(DeterministicRandom rng, int n, string[] levels) =>
        [.. Enumerable.Range(0, n).Select(_ => rng.NextDouble() < 0.05 ? null : levels[rng.NextInt(levels.Length)])];
}
