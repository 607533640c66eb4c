namespace SynthAudit.Metrics.Privacy;

/// <summary>The comparison of a <see cref="Condition"/>.</summary>
internal enum ConditionOp : byte
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    IsMissing,
}
