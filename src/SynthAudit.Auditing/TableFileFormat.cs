namespace SynthAudit.Auditing;

/// <summary>The file formats SynthAudit reads and writes tables in.</summary>
public enum TableFileFormat
{
    /// <summary>Comma-separated values (RFC 4180, UTF-8, a header line); the delimiter is detected.</summary>
    Csv,

    /// <summary>Apache Parquet: column types come from the file's schema and nulls are missing values.</summary>
    Parquet,
}
