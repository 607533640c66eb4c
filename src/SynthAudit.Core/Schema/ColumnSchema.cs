using SynthAudit.Core.Data;

namespace SynthAudit.Core.Schema;

/// <summary>The frozen kind and role of one column, inferred on the real (train) data and applied to every input.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Kind">The kind of values.</param>
/// <param name="Role">What the column is used for.</param>
public sealed record ColumnSchema(string Name, ColumnKind Kind, ColumnRole Role)
{
    /// <summary>Whether metrics use the column (not excluded and not an identifier).</summary>
    public bool IsUsed => Role != ColumnRole.Excluded && Kind is not (ColumnKind.Identifier or ColumnKind.Empty);

    /// <summary>Whether the column is treated as numeric (numeric or datetime).</summary>
    public bool IsNumeric => Kind is ColumnKind.Numeric or ColumnKind.Datetime;

    /// <summary>Whether the column is treated as categorical (categorical or boolean).</summary>
    public bool IsCategorical => Kind is ColumnKind.Categorical or ColumnKind.Boolean;
}
