namespace SynthAudit.Core.Csv;

/// <summary>A bad field found while parsing a column, located by byte offset; the reader turns it into an
/// <see cref="Errors.InputException"/> with the line once no other thread uses the stream.</summary>
#pragma warning disable CA1032 // Internal carrier with one constructor taking the facts; never thrown to callers.
internal sealed class CsvFieldError : Exception
#pragma warning restore CA1032
{
    public CsvFieldError(string column, long offset, string problem)
        : base(problem)
    {
        Column = column;
        Offset = offset;
        Problem = problem;
    }

    /// <summary>The column name.</summary>
    public string Column { get; }

    /// <summary>The byte offset of the record (or field) with the problem.</summary>
    public long Offset { get; }

    /// <summary>What is wrong, as one sentence.</summary>
    public string Problem { get; }

    /// <summary>The data row of the problem, when known (for ordering errors of several columns).</summary>
    public int Row { get; init; }
}
