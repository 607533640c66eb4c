namespace SynthAudit.Auditing.Attacking;

/// <summary>A generator run that did not produce a usable CSV (exit code, timeout, malformed output).</summary>
/// <remarks>Internal control flow of the attack: caught by <see cref="AttackRun"/>, retried once, then counted.</remarks>
#pragma warning disable CA1032 // Internal control-flow exception: one constructor with the reason is all it needs.
internal sealed class ShadowGeneratorFailure : Exception
#pragma warning restore CA1032
{
    public ShadowGeneratorFailure(string reason, Exception? inner = null)
        : base(reason, inner)
    {
    }
}
