using System.Numerics;
using SynthAudit.Core.Data;

namespace SynthAudit.Metrics.Privacy;

/// <summary>Columns of one table in the form singling-out queries read them: doubles for numeric columns and codes for
/// categorical ones (to build queries), and per column small unsigned codes (<see cref="QueryColumn"/>) to count matches.</summary>
/// <remarks><see cref="Count(SinglingOutQuery, int)"/> translates each condition to a range of codes, then walks the table 64
/// rows at a time: one SIMD comparison per condition gives a 64-bit mask, the masks are ANDed (a block stops at the first
/// empty mask) and popcounted. Equal to the plain row-by-row loop (tests: <c>QueryTableTests</c>).</remarks>
internal sealed class QueryTable
{
    private readonly QueryColumn[] _columns;
    private readonly ulong _lastBlock;

    public QueryTable(Table table, IReadOnlyList<string> columns)
    {
        RowCount = table.RowCount;
        Numbers = new double[columns.Count][];
        Codes = new int[columns.Count][];
        for (var j = 0; j < columns.Count; j++)
        {
            if (table[columns[j]] is NumericColumn n)
            {
                Numbers[j] = n.Values;
            }
            else
            {
                Codes[j] = ((CategoricalColumn)table[columns[j]]).Codes;
            }
        }

        var padded = (RowCount + CodeMask.Block - 1) / CodeMask.Block * CodeMask.Block;
        _columns = [.. columns.Select(name => new QueryColumn(table[name], padded))];
        var tail = RowCount % CodeMask.Block;
        _lastBlock = tail == 0 ? ulong.MaxValue : (1UL << tail) - 1;
    }

    public int RowCount { get; }

    public double[]?[] Numbers { get; }

    public int[]?[] Codes { get; }

    /// <summary>The bytes per code of each column (1, 2 or 4; diagnostics and tests).</summary>
    internal int[] CodeSizes => [.. _columns.Select(c => c.CodeSize)];

    public bool IsNumeric(int column) => Numbers[column] is not null;

    public bool IsMissing(int column, int row) => Numbers[column] is { } v ? double.IsNaN(v[row]) : Codes[column]![row] < 0;

    /// <summary>The value of a cell (the code for categorical columns; NaN or -1 when missing).</summary>
    public double Value(int column, int row) => Numbers[column] is { } v ? v[row] : Codes[column]![row];

    /// <summary>The number of rows matching <paramref name="query"/>; counting stops at <paramref name="limit"/> (the
    /// result is then <paramref name="limit"/>).</summary>
    public int Count(SinglingOutQuery query, int limit = int.MaxValue) => Count(query, limit, CodeMask.NativeWidth);

    /// <summary>As the public overload, with the vector width of <see cref="CodeMask.InRange{T}"/> (tests compare them).</summary>
    internal int Count(SinglingOutQuery query, int limit, int bits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        Span<CodeRange> ranges = stackalloc CodeRange[query.Count];
        var used = 0;
        for (var c = 0; c < query.Count; c++)
        {
            var range = _columns[query[c].Column].Compile(query[c]);
            if (range.Kind == CodeRangeKind.None)
            {
                return 0;
            }

            if (range.Kind == CodeRangeKind.All)
            {
                continue;
            }

            // The narrowest ranges first: most blocks are then empty after the first condition.
            var pos = used++;
            while (pos > 0 && Rank(ranges[pos - 1]) > Rank(range))
            {
                ranges[pos] = ranges[pos - 1];
                pos--;
            }

            ranges[pos] = range;
        }

        if (used == 0)
        {
            return Math.Min(RowCount, limit);
        }

        var count = 0;
        var blocks = (RowCount + CodeMask.Block - 1) / CodeMask.Block;
        for (var b = 0; b < blocks; b++)
        {
            var mask = b == blocks - 1 ? _lastBlock : ulong.MaxValue;
            for (var i = 0; i < used && mask != 0; i++)
            {
                mask &= _columns[ranges[i].Column].Mask(ranges[i], b * CodeMask.Block, bits);
            }

            count += BitOperations.PopCount(mask);
            if (count >= limit)
            {
                return limit;
            }
        }

        return count;
    }

    private static ulong Rank(in CodeRange range) => range.Negate ? ulong.MaxValue : range.Width;
}
