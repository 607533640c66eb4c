using System.Globalization;

namespace SynthAudit.Core.Errors;

/// <summary>A malformed or unusable input file; exit code 2.</summary>
public class InputException : SynthAuditException
{
    /// <summary>Creates the error. The message is prefixed with the file, line and column when they are known.</summary>
    /// <param name="path">The file the problem is in (or null when it is not about one file).</param>
    /// <param name="problem">What is wrong, as one sentence without a trailing period.</param>
    /// <param name="line">1-based physical line number, when it applies.</param>
    /// <param name="columnName">The column name, when it applies.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public InputException(string? path, string problem, long? line = null, string? columnName = null, Exception? inner = null)
        : base(Format(path, problem, line, columnName), inner)
    {
        Path = path;
        Line = line;
        ColumnName = columnName;
    }

    /// <summary>The file, if the problem is in one.</summary>
    public string? Path { get; }

    /// <summary>The 1-based line, if the problem is on one.</summary>
    public long? Line { get; }

    /// <summary>The column name, if the problem is in one.</summary>
    public string? ColumnName { get; }

    private static string Format(string? path, string problem, long? line, string? columnName)
    {
        var where = path ?? string.Empty;
        if (line is not null)
        {
            where += string.Create(CultureInfo.InvariantCulture, $":{line}");
        }

        if (columnName is not null)
        {
            where += (where.Length > 0 ? " " : string.Empty) + "column '" + OneLine(columnName) + "'";
        }

        var text = OneLine(problem);
        return where.Length == 0 ? text : where + ": " + text;
    }

    /// <summary>Collapses line breaks so that a message is always one line.</summary>
    internal static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');
}
