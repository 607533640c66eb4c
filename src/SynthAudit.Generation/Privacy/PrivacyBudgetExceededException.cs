namespace SynthAudit.Generation.Privacy;

/// <summary>A mechanism asked for more budget than is left: a bug guard (exit 3), never a user error, never caught.</summary>
#pragma warning disable CA1032 // One constructor with the facts; the standard constructors would allow a message without them.
public sealed class PrivacyBudgetExceededException : InvalidOperationException
#pragma warning restore CA1032
{
    /// <summary>Creates the error.</summary>
    public PrivacyBudgetExceededException(string purpose, double requested, double remaining)
        : base(FormattableString.Invariant($"privacy budget exceeded: '{purpose}' asked for rho={requested:R} with {remaining:R} left"))
    {
        Purpose = purpose;
        Requested = requested;
        Remaining = remaining;
    }

    /// <summary>What the refused charge was for.</summary>
    public string Purpose { get; }

    /// <summary>The ρ requested.</summary>
    public double Requested { get; }

    /// <summary>The ρ left at the time.</summary>
    public double Remaining { get; }
}
