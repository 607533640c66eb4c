using System.Collections.Immutable;

namespace SynthAudit.Core.Csv;

/// <summary>How CSV files are read.</summary>
public sealed record CsvReadOptions
{
    /// <summary>The tokens read as a missing value (case-insensitive, after trimming); the empty field is always missing.</summary>
    public ImmutableArray<string> MissingTokens { get; init; } = ["", "NA", "N/A", "NaN", "null", "None", "?"];

    /// <summary>The delimiter, or null to detect it among <c>,</c> <c>;</c> tab and <c>|</c> from the header line.</summary>
    public char? Delimiter { get; init; }

    /// <summary>The most threads that parse columns at once (-1: one per core). The result never depends on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>The default options.</summary>
    public static CsvReadOptions Default { get; } = new();
}
