using SynthAudit.Core.Data;

namespace SynthAudit.Metrics.Privacy;

/// <summary>One column of one table as the singling-out count reads it: a small unsigned code per row, in the narrowest of
/// byte, ushort and uint that holds the column's domain, with the largest value of that type for a missing cell.</summary>
/// <remarks>
/// <para>Numeric columns: the code is the rank of the value among the column's sorted distinct values in this table, so
/// every comparison with a constant (<c>≤ v</c>, <c>== v</c>, …) is a range of ranks, found by binary search
/// (<see cref="Compile"/>). Categorical columns: the code is the level code. Either way a condition becomes one
/// <see cref="CodeRange"/>, evaluated 64 rows at a time by <see cref="CodeMask"/>.</para>
/// <para>The translation keeps the semantics of the plain comparison exactly: a missing value meets only <c>is missing</c>
/// and <c>!=</c>; <c>== NaN</c> and ordered comparisons with NaN meet nothing; a categorical <c>== v</c> with <c>v</c> below 0
/// meets nothing; categorical cells have codes ≥ −1 (<see cref="CategoricalColumn.MissingCode"/>).</para>
/// </remarks>
internal sealed class QueryColumn
{
    private readonly byte[]? _bytes;
    private readonly ushort[]? _shorts;
    private readonly uint[]? _ints;
    private readonly double[]? _values;
    private readonly int _domain;
    private readonly uint _missing;

    /// <summary>Encodes <paramref name="column"/>, its code array padded to <paramref name="padded"/> rows.</summary>
    public QueryColumn(Column column, int padded)
    {
        var n = column.Length;
        var ranks = new int[n];
        if (column is NumericColumn numeric)
        {
            _values = Distinct(numeric.Values);
            for (var r = 0; r < n; r++)
            {
                var v = numeric.Values[r];
                ranks[r] = double.IsNaN(v) ? -1 : Lower(_values, v);
            }

            _domain = _values.Length;
        }
        else
        {
            var codes = ((CategoricalColumn)column).Codes;
            var max = -1;
            for (var r = 0; r < n; r++)
            {
                ranks[r] = codes[r] < 0 ? -1 : codes[r];
                max = Math.Max(max, codes[r]);
            }

            _domain = max + 1;
        }

        if (_domain <= byte.MaxValue)
        {
            _missing = byte.MaxValue;
            _bytes = Narrow(ranks, padded, byte.MaxValue, static x => (byte)x);
        }
        else if (_domain <= ushort.MaxValue)
        {
            _missing = ushort.MaxValue;
            _shorts = Narrow(ranks, padded, ushort.MaxValue, static x => (ushort)x);
        }
        else
        {
            _missing = uint.MaxValue;
            _ints = Narrow(ranks, padded, uint.MaxValue, static x => (uint)x);
        }
    }

    /// <summary>The bytes per code (1, 2 or 4).</summary>
    public int CodeSize => _bytes is not null ? 1 : _shorts is not null ? 2 : 4;

    /// <summary>The rows of block <paramref name="start"/> … <paramref name="start"/> + 63 that meet <paramref name="range"/>.</summary>
    public ulong Mask(in CodeRange range, int start, int bits)
    {
        var mask = _bytes is not null ? CodeMask.InRange(_bytes, start, (byte)range.Lo, (byte)range.Width, bits)
            : _shorts is not null ? CodeMask.InRange(_shorts, start, (ushort)range.Lo, (ushort)range.Width, bits)
            : CodeMask.InRange(_ints!, start, range.Lo, range.Width, bits);
        return range.Negate ? ~mask : mask;
    }

    /// <summary>The codes that meet <paramref name="condition"/> in this table.</summary>
    public CodeRange Compile(in Condition condition)
    {
        var j = condition.Column;
        if (condition.Op == ConditionOp.IsMissing)
        {
            return CodeRange.Between(j, _missing, _missing);
        }

        return _values is null ? Categorical(j, condition.Op, (int)condition.Value) : Numeric(j, condition.Op, condition.Value);
    }

    private CodeRange Categorical(int j, ConditionOp op, int code) => op switch
    {
        ConditionOp.Equal => code < 0 || code >= _domain ? CodeRange.None : CodeRange.Between(j, (uint)code, (uint)code),
        ConditionOp.NotEqual => code == CategoricalColumn.MissingCode ? CodeRange.Except(j, _missing)
            : code < 0 || code >= _domain ? CodeRange.All
            : CodeRange.Except(j, (uint)code),
        _ => CodeRange.None,
    };

    private CodeRange Numeric(int j, ConditionOp op, double v)
    {
        var values = _values!;
        if (double.IsNaN(v))
        {
            return op == ConditionOp.NotEqual ? CodeRange.All : CodeRange.None;
        }

        var lower = Lower(values, v);
        var found = lower < values.Length && values[lower] == v;
        var upper = found ? lower + 1 : lower;
        var last = (uint)values.Length - 1;
        return op switch
        {
            ConditionOp.Equal => found ? CodeRange.Between(j, (uint)lower, (uint)lower) : CodeRange.None,
            ConditionOp.NotEqual => found ? CodeRange.Except(j, (uint)lower) : CodeRange.All,
            ConditionOp.Less => lower == 0 ? CodeRange.None : CodeRange.Between(j, 0, (uint)lower - 1),
            ConditionOp.LessOrEqual => upper == 0 ? CodeRange.None : CodeRange.Between(j, 0, (uint)upper - 1),
            ConditionOp.Greater => upper == values.Length ? CodeRange.None : CodeRange.Between(j, (uint)upper, last),
            ConditionOp.GreaterOrEqual => lower == values.Length ? CodeRange.None : CodeRange.Between(j, (uint)lower, last),
            _ => CodeRange.None,
        };
    }

    /// <summary>The sorted distinct non-missing values (−0 and +0 are one value, as <c>==</c> has it).</summary>
    private static double[] Distinct(double[] values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).ToArray();
        Array.Sort(sorted);
        var count = 0;
        foreach (var v in sorted)
        {
            if (count == 0 || sorted[count - 1] != v)
            {
                sorted[count++] = v;
            }
        }

        return sorted[..count];
    }

    /// <summary>The number of <paramref name="sorted"/> values below <paramref name="v"/>.</summary>
    private static int Lower(double[] sorted, double v)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < v)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static T[] Narrow<T>(int[] ranks, int padded, T missing, Func<int, T> convert)
    {
        var codes = new T[padded];
        for (var r = 0; r < ranks.Length; r++)
        {
            codes[r] = ranks[r] < 0 ? missing : convert(ranks[r]);
        }

        return codes;
    }
}
