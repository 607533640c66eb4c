using System.Collections.Immutable;
using SynthAudit.Core.Data;

namespace SynthAudit.Core.Csv;

/// <summary>One column as read from a CSV file, before a schema is applied.</summary>
/// <remarks>A column whose non-missing values all parse as numbers has <see cref="Numbers"/>; a column with text has
/// <see cref="Codes"/> and <see cref="Levels"/> (dictionary encoding in order of first appearance). A numeric column with
/// few distinct values has both, so that the schema can still treat it as categorical with its original spelling.
/// Typed sources (Parquet files, in-memory tables and data frames) build the same columns with <see cref="FromNumbers"/> and
/// <see cref="FromCodes"/>, so every later step (schema inference, alignment, metrics) is the same whatever the source.</remarks>
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

    /// <summary>A column of numbers from a typed source (NaN = missing).</summary>
    /// <param name="name">The column name.</param>
    /// <param name="values">The values (not copied); NaN marks a missing value.</param>
    /// <param name="declaredKind">The kind the source declares, when it is more than "numbers"; only
    /// <see cref="ColumnKind.Datetime"/> (values are seconds since 1970-01-01T00:00:00Z) changes schema inference.</param>
    public static CsvColumnData FromNumbers(string name, double[] values, ColumnKind? declaredKind = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(values);
        var missing = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v))
            {
                missing++;
            }
        }

        return new CsvColumnData(name, values, null, [], missing, null, null) { DeclaredKind = declaredKind };
    }

    /// <summary>A column of text values from a typed source, dictionary-encoded (code -1 = missing).</summary>
    /// <param name="name">The column name.</param>
    /// <param name="codes">The code of each row (not copied): an index into <paramref name="levels"/>, or -1 when missing.</param>
    /// <param name="levels">The distinct values in order of first appearance.</param>
    public static CsvColumnData FromCodes(string name, int[] codes, ImmutableArray<string> levels)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(codes);
        var missing = 0;
        foreach (var c in codes)
        {
            if (c < 0)
            {
                missing++;
            }
        }

        return new CsvColumnData(name, null, codes, levels, missing, null, null);
    }

    /// <summary>The kind the source declared (see <see cref="FromNumbers"/>), or null when the values decide.</summary>
    public ColumnKind? DeclaredKind { get; private init; }

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
