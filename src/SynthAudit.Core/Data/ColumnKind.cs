namespace SynthAudit.Core.Data;

/// <summary>The kind of values a column holds (contract: numeric|categorical|boolean|datetime|identifier|empty).</summary>
public enum ColumnKind
{
    /// <summary>Real numbers; missing is NaN.</summary>
    Numeric,

    /// <summary>Levels from a finite list; missing has its own code.</summary>
    Categorical,

    /// <summary>Two levels (true/false, yes/no, 0/1); treated as a 2-level categorical everywhere.</summary>
    Boolean,

    /// <summary>ISO 8601 instants kept as seconds since 1970-01-01T00:00:00Z.</summary>
    Datetime,

    /// <summary>(Nearly) all-distinct keys such as row numbers or e-mail addresses; excluded from every metric.</summary>
    Identifier,

    /// <summary>Every value is missing in the real data; excluded from every metric (with a warning), so whatever the
    /// synthetic file holds there is neither checked nor compared.</summary>
    Empty,
}
