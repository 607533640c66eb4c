namespace SynthAudit.Core.Results.Attack;

/// <summary>A generator run that failed twice (first try and one retry).</summary>
/// <param name="Run">The 0-based run number.</param>
/// <param name="Reason">Why, in one line (exit code, timeout, malformed CSV); never a data value.</param>
public sealed record AttackRunFailure(int Run, string Reason);
