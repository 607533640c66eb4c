using SynthAudit.Core.Data;

namespace SynthAudit.Metrics.Privacy;

/// <summary>Columns of one table in the form singling-out queries read them: doubles for numeric columns, codes for categorical ones.</summary>
internal sealed class QueryTable
{
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
    }

    public int RowCount { get; }

    public double[]?[] Numbers { get; }

    public int[]?[] Codes { get; }

    public bool IsNumeric(int column) => Numbers[column] is not null;

    public bool IsMissing(int column, int row) => Numbers[column] is { } v ? double.IsNaN(v[row]) : Codes[column]![row] < 0;

    /// <summary>The value of a cell (the code for categorical columns; NaN or -1 when missing).</summary>
    public double Value(int column, int row) => Numbers[column] is { } v ? v[row] : Codes[column]![row];

    /// <summary>The number of rows matching <paramref name="query"/>, counting stops at <paramref name="limit"/>.</summary>
    public int Count(SinglingOutQuery query, int limit = int.MaxValue)
    {
        var count = 0;
        var n = query.Count;
        for (var r = 0; r < RowCount; r++)
        {
            var match = true;
            for (var c = 0; c < n && match; c++)
            {
                match = Matches(query[c], r);
            }

            if (match && ++count >= limit)
            {
                break;
            }
        }

        return count;
    }

    public bool Matches(in Condition c, int row)
    {
        if (Numbers[c.Column] is { } values)
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

        var code = Codes[c.Column]![row];
        return c.Op switch
        {
            ConditionOp.IsMissing => code < 0,
            ConditionOp.Equal => code >= 0 && code == (int)c.Value,
            ConditionOp.NotEqual => code != (int)c.Value,
            _ => false,
        };
    }
}
