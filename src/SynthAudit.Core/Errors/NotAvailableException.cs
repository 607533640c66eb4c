namespace SynthAudit.Core.Errors;

/// <summary>A capability that this version does not have yet; exit code 2 with one line.</summary>
public sealed class NotAvailableException : SynthAuditException
{
    /// <summary>Creates the error naming the missing capability.</summary>
    public NotAvailableException(string what)
        : base(what + " is not available in this version yet")
    {
    }
}
