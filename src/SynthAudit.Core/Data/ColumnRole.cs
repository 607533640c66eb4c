namespace SynthAudit.Core.Data;

/// <summary>What a column is used for in an audit (contract: feature|target|sensitive|excluded).</summary>
public enum ColumnRole
{
    /// <summary>An ordinary column.</summary>
    Feature,

    /// <summary>The machine-learning target of the utility metrics.</summary>
    Target,

    /// <summary>A protected attribute for the fairness metrics.</summary>
    Sensitive,

    /// <summary>Left out of every metric (identifiers, or excluded by the user).</summary>
    Excluded,
}
