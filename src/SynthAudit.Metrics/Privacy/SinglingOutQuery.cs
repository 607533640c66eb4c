namespace SynthAudit.Metrics.Privacy;

/// <summary>A conjunction of one to three conditions on columns: Anonymeter's singling-out predicate.</summary>
internal readonly record struct SinglingOutQuery(Condition First, Condition Second, Condition Third, int Count)
{
    public Condition this[int i] => i switch { 0 => First, 1 => Second, _ => Third };
}

/// <summary>One condition <c>column op value</c> (for categorical columns the value is the shared level code).</summary>
internal readonly record struct Condition(int Column, ConditionOp Op, double Value);

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
