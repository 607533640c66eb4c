namespace SynthAudit.Core.Errors;

/// <summary>Base of every user-facing error: a one-line message and the process exit code it maps to.</summary>
/// <remarks>Messages name files, lines and columns, never cell values, so that CI logs cannot leak records.</remarks>
public abstract class SynthAuditException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    protected SynthAuditException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>The process exit code this error maps to (2 for bad input or usage).</summary>
    public virtual int ExitCode => ExitCodes.BadInput;
}
