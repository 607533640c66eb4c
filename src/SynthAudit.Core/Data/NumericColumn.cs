namespace SynthAudit.Core.Data;

/// <summary>A column of doubles (numeric, datetime seconds, or a numeric identifier); NaN is missing.</summary>
public sealed class NumericColumn : Column
{
    /// <summary>Creates the column over <paramref name="values"/> (not copied).</summary>
    public NumericColumn(string name, double[] values, ColumnKind kind = ColumnKind.Numeric)
        : base(name, kind)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (kind is ColumnKind.Categorical or ColumnKind.Boolean)
        {
            throw new ArgumentException("A numeric column cannot have a categorical kind.", nameof(kind));
        }

        Values = values;
    }

    /// <summary>The values; NaN marks a missing value. Never contains an infinity.</summary>
    public double[] Values { get; }

    /// <inheritdoc />
    public override int Length => Values.Length;

    /// <inheritdoc />
    public override bool IsMissing(int row) => double.IsNaN(Values[row]);

    /// <inheritdoc />
    public override Column Take(ReadOnlySpan<int> rows)
    {
        var values = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            values[i] = Values[rows[i]];
        }

        return new NumericColumn(Name, values, Kind);
    }

    /// <inheritdoc />
    public override Column WithKind(ColumnKind kind) => new NumericColumn(Name, Values, kind);
}
