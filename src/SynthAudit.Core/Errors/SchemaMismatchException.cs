namespace SynthAudit.Core.Errors;

/// <summary>A column that does not line up between two inputs (missing, or of another kind); exit code 2.</summary>
public sealed class SchemaMismatchException : InputException
{
    /// <summary>Creates the error for one column of one file.</summary>
    public SchemaMismatchException(string? path, string columnName, string problem)
        : base(path, problem, null, columnName)
    {
    }
}
