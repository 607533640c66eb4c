namespace SynthAudit.Core.Errors;

/// <summary>The exit codes of the contract (docs/contract.md).</summary>
public static class ExitCodes
{
    /// <summary>Success; for <c>gate</c>, every gate passed.</summary>
    public const int Success = 0;

    /// <summary>A gate failed (or a ledger failed verification).</summary>
    public const int GateFailed = 1;

    /// <summary>Bad usage or bad input.</summary>
    public const int BadInput = 2;

    /// <summary>An internal error.</summary>
    public const int InternalError = 3;
}
