namespace SynthAudit.Metrics.Privacy;

/// <summary>One condition <c>column op value</c> (for categorical columns the value is the shared level code).</summary>
internal readonly record struct Condition(int Column, ConditionOp Op, double Value);
