namespace SynthAudit.Sql;

/// <summary>A column to load: its name in the files and how it is read.</summary>
/// <param name="Name">The column name (header names are matched after trimming blanks).</param>
/// <param name="Kind">How the column is loaded.</param>
public sealed record SqlColumn(string Name, SqlColumnKind Kind);
