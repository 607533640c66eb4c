namespace SynthAudit.Sql;

/// <summary>How a column is loaded into the engine's table.</summary>
public enum SqlColumnKind
{
    /// <summary>A number (DOUBLE); unparsable and non-finite values are missing.</summary>
    Numeric,

    /// <summary>Text levels.</summary>
    Categorical,

    /// <summary>Text levels compared without case (true/True/TRUE are one level).</summary>
    Boolean,
}
