using System.Collections.Immutable;

namespace SynthAudit.Core.Csv;

/// <summary>One column as read from a CSV file, before a schema is applied.</summary>
/// <remarks>A column whose non-missing values all parse as numbers has <see cref="Numbers"/>; a column with text has
/// <see cref="Codes"/> and <see cref="Levels"/> (dictionary encoding in order of first appearance). A numeric column with
/// few distinct values has both, so that the schema can still treat it as categorical with its original spelling.</remarks>
public sealed class CsvColumnData
{
    internal CsvColumnData(string name, double[]? numbers, int[]? codes, ImmutableArray<string> levels, int missingCount, long? firstTextLine, string? firstText)
    {
        Name = name;
        Numbers = numbers;
        Codes = codes;
        Levels = levels.IsDefault ? ImmutableArray<string>.Empty : levels;
        MissingCount = missingCount;
        FirstTextLine = firstTextLine;
        FirstText = firstText;
    }

    /// <summary>The header name.</summary>
    public string Name { get; }

    /// <summary>The values as numbers (NaN = missing), when every non-missing value is a finite number.</summary>
    public double[]? Numbers { get; }

    /// <summary>Dictionary codes (-1 = missing), when the column has text or few distinct values.</summary>
    public int[]? Codes { get; }

    /// <summary>The distinct values in order of first appearance (with <see cref="Codes"/>).</summary>
    public ImmutableArray<string> Levels { get; }

    /// <summary>The number of missing values.</summary>
    public int MissingCount { get; }

    /// <summary>The line of the first value that is not a number, if any.</summary>
    public long? FirstTextLine { get; }

    /// <summary>The first value that is not a number, if any.</summary>
    public string? FirstText { get; }

    /// <summary>Whether every non-missing value is a number.</summary>
    public bool IsNumeric => Numbers is not null;
}
