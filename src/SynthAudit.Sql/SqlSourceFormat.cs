namespace SynthAudit.Sql;

/// <summary>The file formats an SQL engine scans.</summary>
public enum SqlSourceFormat
{
    /// <summary>CSV with a header line; every field is read as text and normalised like the in-process reader.</summary>
    Csv,

    /// <summary>Parquet: column types from the file, nulls and NaN are missing.</summary>
    Parquet,
}
